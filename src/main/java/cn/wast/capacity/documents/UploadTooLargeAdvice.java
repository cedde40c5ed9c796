package cn.wast.capacity.documents;

import cn.wast.capacity.access.MessagePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request larger than the servlet container takes ({@code spring.servlet.multipart.*}, set
 * well above {@code capacity.documents.max-size}) is refused before any controller runs; the
 * society still gets the Chinese page instead of the container's error.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

  private final DataSize maxSize;

  UploadTooLargeAdvice(@Value("${capacity.documents.max-size}") DataSize maxSize) {
    this.maxSize = maxSize;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
    model.addAttribute("publicPage", request.getRequestURI().startsWith("/public"));
    return MessagePage.show(response, model, HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "文件大小超过 "
        + new DocumentUploadPolicy(maxSize).maxSizeText() + " 的上限，本次上传未保存。请压缩或拆分后再上传。", false,
        MessagePage.TASKLIST);
  }
}
