package cn.wast.capacity.registryimport;

import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.Spreadsheet;
import cn.wast.capacity.access.Downloads;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.OfficePageAccess;
import cn.wast.capacity.access.OwnPageHeaders;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.audit.ChangeRecords;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's registry workbook pages: annual facts by spreadsheet ({@code /office/societies/import}:
 * template, upload, preview, commit), the registry's export ({@code /office/societies/export}) and
 * the credit list ({@code /office/credit}: bans, export, import of bans decided elsewhere). The
 * office uploads and commits; the auditors open the lists and download.
 */
@Controller
class RegistryImportController {

  /** Larger files are no registry the office types by hand. */
  static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
  private static final String FACTS_PAGE = "学会登记与年度情况导入";
  private static final String CREDIT_PAGE = "失信惩戒名单";
  private static final String EXPERTS_PAGE = "专家库导入";

  private final OfficePageAccess access;
  private final FormTokens formTokens;
  private final ImportCommit importCommit;
  private final RegistryWorkbook workbook;
  private final FraudBanList bans;
  private final ProgrammeClock clock;

  RegistryImportController(OfficePageAccess access, FormTokens formTokens, ImportCommit importCommit,
      RegistryWorkbook workbook, FraudBanList bans, ProgrammeClock clock) {
    this.access = access;
    this.formTokens = formTokens;
    this.importCommit = importCommit;
    this.workbook = workbook;
    this.bans = bans;
    this.clock = clock;
  }

  @GetMapping({"/office/societies/import", "/office/societies/import/"})
  String factsUpload(HttpServletRequest request, HttpServletResponse response, Model model) {
    OfficePageAccess.Outcome outcome = access.toChange(request, response, page(response, model), FACTS_PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    return uploadPage(request, model, ImportKind.ANNUAL_FACTS, null);
  }

  @GetMapping({"/office/experts/import", "/office/experts/import/"})
  String expertsUpload(HttpServletRequest request, HttpServletResponse response, Model model) {
    OfficePageAccess.Outcome outcome = access.toChange(request, response, page(response, model), EXPERTS_PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    return uploadPage(request, model, ImportKind.EXPERTS, null);
  }

  @PostMapping("/office/experts/import")
  String expertsUploaded(@RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) MultipartFile file, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    return uploaded(ImportKind.EXPERTS, token, file, request, response, model);
  }

  @GetMapping("/office/experts/import/{id}")
  String expertsPreview(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    return preview(ImportKind.EXPERTS, id, request, response, model);
  }

  @PostMapping("/office/experts/import/{id}/commit")
  String expertsCommit(@PathVariable String id, @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    return commit(ImportKind.EXPERTS, id, token, reason, request, response, model, redirect);
  }

  @GetMapping("/office/experts/import/template.xlsx")
  ModelAndView expertsTemplate(HttpServletRequest request, HttpServletResponse response, Model model)
      throws IOException {
    return download(request, response, model, EXPERTS_PAGE, "专家库导入模板.xlsx",
        () -> workbook.template(ImportKind.EXPERTS));
  }

  @GetMapping({"/office/credit", "/office/credit/"})
  String credit(HttpServletRequest request, HttpServletResponse response, Model model) {
    OfficePageAccess.Outcome outcome = access.toRead(request, response, page(response, model), CREDIT_PAGE);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    return creditPage(request, model, outcome.user().get(), null);
  }

  @PostMapping("/office/societies/import")
  String factsUploaded(@RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) MultipartFile file, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    return uploaded(ImportKind.ANNUAL_FACTS, token, file, request, response, model);
  }

  @PostMapping("/office/credit/import")
  String creditUploaded(@RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) MultipartFile file, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    return uploaded(ImportKind.CREDIT_BANS, token, file, request, response, model);
  }

  @GetMapping("/office/societies/import/{id}")
  String factsPreview(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    return preview(ImportKind.ANNUAL_FACTS, id, request, response, model);
  }

  @GetMapping("/office/credit/import/{id}")
  String creditPreview(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
    return preview(ImportKind.CREDIT_BANS, id, request, response, model);
  }

  @PostMapping("/office/societies/import/{id}/commit")
  String factsCommit(@PathVariable String id, @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    return commit(ImportKind.ANNUAL_FACTS, id, token, reason, request, response, model, redirect);
  }

  @PostMapping("/office/credit/import/{id}/commit")
  String creditCommit(@PathVariable String id, @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    return commit(ImportKind.CREDIT_BANS, id, token, reason, request, response, model, redirect);
  }

  @GetMapping("/office/societies/import/template.xlsx")
  ModelAndView factsTemplate(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    return download(request, response, model, FACTS_PAGE, "学会登记与年度情况导入模板.xlsx",
        () -> workbook.template(ImportKind.ANNUAL_FACTS));
  }

  @GetMapping("/office/credit/import/template.xlsx")
  ModelAndView creditTemplate(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    return download(request, response, model, CREDIT_PAGE, "失信惩戒名单导入模板.xlsx",
        () -> workbook.template(ImportKind.CREDIT_BANS));
  }

  @GetMapping("/office/societies/export")
  ModelAndView export(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    return download(request, response, model, "学会登记导出", "学会登记-" + clock.today() + ".xlsx", workbook::export);
  }

  @GetMapping("/office/credit/export")
  ModelAndView creditExport(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    return download(request, response, model, CREDIT_PAGE, "失信惩戒名单-" + clock.today() + ".xlsx",
        workbook::creditList);
  }

  private String uploaded(ImportKind kind, String token, MultipartFile file, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    OfficePageAccess.Outcome outcome = access.toSubmit(request, response, page(response, model), kind.title(), token);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    SignedInUser user = outcome.user().get();
    Optional<String> problem = Optional.empty();
    UploadedWorkbook read = null;
    if (file == null || file.isEmpty()) {
      problem = Optional.of("请选择要上传的 Excel 文件（.xlsx，可先下载模板填写）");
    } else if (file.getSize() > MAX_FILE_BYTES) {
      problem = Optional.of("文件超过 5 MB，请分成几个文件上传");
    } else {
      try {
        read = UploadedWorkbook.read(file.getBytes(), kind.sheetSet());
      } catch (IOException e) {
        problem = Optional.of("文件未能完整上传，请重新上传");
      }
      if (read != null && !read.problems().isEmpty()) {
        problem = Optional.of(String.join("；", read.problems()));
      }
    }
    if (problem.isPresent()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return kind == ImportKind.CREDIT_BANS ? creditPage(request, model, user, problem.get())
          : uploadPage(request, model, kind, problem.get());
    }
    PendingImport pending = new PendingImport(PendingImports.newId(), kind, fileName(file), user.id(), clock.now(),
        read.rows(), read.problems());
    PendingImports.keep(request.getSession(), pending);
    return "redirect:" + kind.path() + "/" + pending.id();
  }

  private String preview(ImportKind kind, String id, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    OfficePageAccess.Outcome outcome = access.toChange(request, response, page(response, model), kind.title());
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    Optional<PendingImport> pending = pending(request, kind, id, outcome.user().get());
    if (pending.isEmpty()) {
      return gone(response, model, kind);
    }
    return previewPage(request, model, importCommit.preview(pending.get(), outcome.user().get().id()), "", null, null);
  }

  private String commit(ImportKind kind, String id, String token, String reason, HttpServletRequest request,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    OfficePageAccess.Outcome outcome = access.toSubmit(request, response, page(response, model), kind.title(), token);
    if (outcome.refused()) {
      return outcome.refusalView();
    }
    SignedInUser user = outcome.user().get();
    Optional<PendingImport> pending = pending(request, kind, id, user);
    if (pending.isEmpty()) {
      return gone(response, model, kind);
    }
    String typed = reason == null ? "" : reason.strip();
    if (typed.isEmpty() || typed.length() > ChangeRecords.REASON_LENGTH - 150) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return previewPage(request, model, importCommit.preview(pending.get(), user.id()), typed, typed.isEmpty()
          ? "请填写导入原因（如：2025年度年检结果，依据市民政局年检通知）"
          : "导入原因最多 " + (ChangeRecords.REASON_LENGTH - 150) + " 字", null);
    }
    ImportPreview committed = importCommit.commit(pending.get(), typed, user.id());
    if (!committed.committable()) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return previewPage(request, model, committed, typed, null,
          "未导入任何数据：文件中仍有问题，或登记已在预览后发生变化。请查看下方各行的问题。");
    }
    PendingImports.remove(request.getSession(), id);
    redirect.addFlashAttribute("done", "已导入 " + committed.rowsToWrite() + " 行（文件“" + pending.get().fileName()
        + "”），每一项变更均已记录（操作人、时间、原因）。"
        + (committed.rowsAlreadyRecorded() > 0 ? "登记中已有的 " + committed.rowsAlreadyRecorded() + " 行未重复导入。" : ""));
    return "redirect:" + (kind == ImportKind.CREDIT_BANS ? "/office/credit" : kind.path());
  }

  private Optional<PendingImport> pending(HttpServletRequest request, ImportKind kind, String id, SignedInUser user) {
    var session = request.getSession(false);
    return session == null ? Optional.empty() : PendingImports.find(session, id, kind, user.id(), clock.now());
  }

  private String uploadPage(HttpServletRequest request, Model model, ImportKind kind, String fileProblem) {
    model.addAttribute("kind", kind.title());
    model.addAttribute("action", kind.path());
    model.addAttribute("templateLink", kind.path() + "/template.xlsx");
    model.addAttribute("sheets", kind.sheets().stream().map(FactSheet::title).toList());
    model.addAttribute("experts", kind == ImportKind.EXPERTS);
    model.addAttribute("fileProblem", fileProblem);
    model.addAttribute("token", formTokens.tokenFor(request));
    return "registryimport/upload";
  }

  private String creditPage(HttpServletRequest request, Model model, SignedInUser user, String fileProblem) {
    List<CreditBan> all = bans.all();
    model.addAttribute("bans", all);
    model.addAttribute("today", clock.today());
    model.addAttribute("readOnly", !user.isOffice());
    model.addAttribute("fileProblem", fileProblem);
    model.addAttribute("token", user.isOffice() ? formTokens.tokenFor(request) : "");
    return "registryimport/credit";
  }

  private String previewPage(HttpServletRequest request, Model model, ImportPreview preview, String reason,
      String reasonProblem, String refusal) {
    PendingImport pending = preview.pending();
    model.addAttribute("kind", pending.kind().title());
    model.addAttribute("back", pending.kind() == ImportKind.CREDIT_BANS ? "/office/credit" : pending.kind().path());
    model.addAttribute("fileName", pending.fileName());
    model.addAttribute("sheets", preview.sheets());
    model.addAttribute("total", preview.rows().size());
    model.addAttribute("toWrite", preview.rowsToWrite());
    model.addAttribute("already", preview.rowsAlreadyRecorded());
    model.addAttribute("alreadyLabel", pending.kind() == ImportKind.EXPERTS ? "专家库中已有" : "登记中已有");
    model.addAttribute("problemRows", preview.problemRows());
    model.addAttribute("fileProblems", preview.fileProblems());
    model.addAttribute("committable", preview.committable());
    model.addAttribute("commitAction", pending.kind().path() + "/" + pending.id() + "/commit");
    model.addAttribute("reason", reason);
    model.addAttribute("reasonProblem", reasonProblem);
    model.addAttribute("refusal", refusal);
    model.addAttribute("token", formTokens.tokenFor(request));
    return "registryimport/preview";
  }

  private ModelAndView download(HttpServletRequest request, HttpServletResponse response, Model model, String page,
      String fileName, java.util.function.Supplier<byte[]> content) throws IOException {
    OfficePageAccess.Outcome outcome = access.toRead(request, response, page(response, model), page);
    if (outcome.refused()) {
      return new ModelAndView(outcome.refusalView());
    }
    byte[] bytes = content.get();
    response.setContentType(Spreadsheet.MEDIA_TYPE.toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName));
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    return null;
  }

  private static Model page(HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", OwnPageHeaders.PAGE_POLICY);
    return model;
  }

  private static String fileName(MultipartFile file) {
    String name = file.getOriginalFilename();
    if (name == null || name.isBlank()) {
      return "未命名文件.xlsx";
    }
    String plain = name.replace('\\', '/');
    plain = plain.substring(plain.lastIndexOf('/') + 1);
    return plain.length() > 100 ? plain.substring(0, 100) : plain;
  }

  private static String gone(HttpServletResponse response, Model model, ImportKind kind) {
    return MessagePage.show(response, model, HttpStatus.NOT_FOUND, "预览已失效",
        "找不到这次上传的预览：预览只保留" + PendingImports.KEPT.toHours() + "小时，且只对上传者本人有效，导入后即失效。请重新上传文件（"
            + kind.title() + "）。", false, MessagePage.TASKLIST);
  }
}
