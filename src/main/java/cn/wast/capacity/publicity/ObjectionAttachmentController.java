package cn.wast.capacity.publicity;

import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.Downloads;
import cn.wast.capacity.access.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** R-SUP-2: an objection's attachment, for the office investigating it and for auditors only. */
@RestController
class ObjectionAttachmentController {

  private final CurrentUser currentUser;
  private final Objections objections;

  ObjectionAttachmentController(CurrentUser currentUser, Objections objections) {
    this.currentUser = currentUser;
    this.objections = objections;
  }

  @GetMapping("/objections/{id}/attachment")
  ResponseEntity<byte[]> attachment(HttpServletRequest request, @PathVariable long id) {
    Optional<SignedInUser> user = currentUser.of(request);
    if (user.isEmpty()) {
      return Downloads.refusal(HttpStatus.UNAUTHORIZED, "请先登录任务列表（/camunda/app/tasklist/），再查看异议材料。");
    }
    if (!(user.get().isOffice() || user.get().isAuditor())) {
      return Downloads.refusal(HttpStatus.FORBIDDEN, "异议材料只对专项办公室和审计人员开放。");
    }
    Optional<Objection> objection = objections.find(id).filter(Objection::hasAttachment);
    Optional<byte[]> content = objection.flatMap(o -> objections.attachment(id));
    if (content.isEmpty()) {
      return Downloads.refusal(HttpStatus.NOT_FOUND, "没有这份异议材料。");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(objection.get().attachmentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(objection.get().attachmentName()))
        .body(content.get());
  }
}
