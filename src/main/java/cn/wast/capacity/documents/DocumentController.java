package cn.wast.capacity.documents;

import cn.wast.capacity.ChineseDates;
import cn.wast.capacity.ProgrammeClock;
import cn.wast.capacity.access.CurrentUser;
import cn.wast.capacity.access.Downloads;
import cn.wast.capacity.access.FormTokens;
import cn.wast.capacity.access.MessagePage;
import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.application.ApplicationVariables;
import cn.wast.capacity.application.SubmittedMaterials;
import cn.wast.capacity.funds.VoucherNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload page for a society's application files (R-APP-2 board resolution, R-APP-3
 * supporting materials), linked from the Camunda Forms because form-js has no file picker. It
 * lives in the same servlet context as Tasklist and knows the user from the webapps' login.
 *
 * <ul>
 *   <li>{@code GET /documents}: the society's open slots (a round not yet applied for, an
 *       application in correction, a check's report due), each with its files and an upload form;
 *       a check's slot also lists the voucher scans by voucher number (R-FUND-2)
 *   <li>{@code POST /documents/upload}: stores a checked file in an open slot of the user's society;
 *       a voucher scan with its voucher number
 *   <li>{@code POST /documents/{id}/delete}: removes a file of the user's society from an open slot,
 *       but never the scan of a voucher in a submitted ledger
 *   <li>{@code GET /documents/{id}}: the file itself, for whom {@link DocumentAccess} lets read it
 * </ul>
 *
 * Every POST carries the session's {@link FormTokens form token}; nothing is stored or removed
 * unless every check passes.
 */
@Controller
@RequestMapping("/documents")
class DocumentController {

  static final String TASKLIST = MessagePage.TASKLIST;
  private static final String PAGE = "documents/index";
  private static final String MESSAGE = "documents/message";
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'self'; base-uri 'none'";
  /** Variables of the application process shown beside a correction (see review.Correction). */
  private static final String CORRECTION_REQUEST = ApplicationVariables.CORRECTION_REQUEST;
  private static final String CORRECTION_DEADLINE_TEXT = ApplicationVariables.CORRECTION_DEADLINE_TEXT;

  private final CurrentUser currentUser;
  private final FormTokens formTokens;
  private final UploadSlots slots;
  private final ApplicationDocuments documents;
  private final DocumentUploadPolicy policy;
  private final UploadMemory memory;
  private final ProgrammeClock clock;
  private final RuntimeService runtimeService;
  private final DocumentAccess access;
  private final SubmittedMaterials materials;

  DocumentController(
      CurrentUser currentUser,
      FormTokens formTokens,
      UploadSlots slots,
      ApplicationDocuments documents,
      @Value("${capacity.documents.max-size}") DataSize maxSize,
      ProgrammeClock clock,
      RuntimeService runtimeService,
      DocumentAccess access,
      SubmittedMaterials materials,
      UploadMemory memory) {
    this.memory = memory;
    this.access = access;
    this.materials = materials;
    this.currentUser = currentUser;
    this.formTokens = formTokens;
    this.slots = slots;
    this.documents = documents;
    this.policy = new DocumentUploadPolicy(maxSize);
    this.clock = clock;
    this.runtimeService = runtimeService;
  }

  @GetMapping
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    SignedInUser user = signedIn(request);
    return render(request, response, model, user, null);
  }

  @PostMapping("/upload")
  String upload(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect,
      @RequestParam(name = FormTokens.FIELD, required = false) String token,
      @RequestParam(required = false) String roundYear,
      @RequestParam(required = false) String societyCode,
      @RequestParam(required = false) String applicationKey,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String voucher,
      @RequestParam(required = false) MultipartFile file) {
    SignedInUser user = signedIn(request);
    checkToken(request, token);
    UploadSlot slot = slotFor(user, roundYear, societyCode, applicationKey);
    Optional<DocumentKind> documentKind = DocumentKind.of(kind);
    if (documentKind.isEmpty() || !slot.kinds().contains(documentKind.get())) {
      return render(request, response, model, user, new SlotError(slot.anchor(), List.of("请选择文件类别"), kind, voucher));
    }
    boolean scan = documentKind.get() == DocumentKind.VOUCHER_SCAN;
    String voucherNumber = scan ? VoucherNumber.of(voucher) : null;
    List<String> problems = new java.util.ArrayList<>();
    if (scan && voucherNumber.isEmpty()) {
      problems.add("请填写凭证号（与支出台账中的凭证号一致）");
    } else if (scan && voucherNumber.length() > VoucherNumber.MAX_LENGTH) {
      problems.add("凭证号不能超过 " + VoucherNumber.MAX_LENGTH + " 个字符");
    }
    try (UploadMemory.Received received = memory.receive(file, policy)) {
      DocumentUploadPolicy.Checked checked = received.checked();
      problems.addAll(checked.problems());
      if (!problems.isEmpty()) {
        return render(request, response, model, user, new SlotError(slot.anchor(), problems, kind, voucher));
      }
      NewDocument document = new NewDocument(slot.societyCode(), slot.roundYear(), slot.applicationKey(),
          documentKind.get(), checked.fileName(), checked.type(), received.content(), user.id(), clock.now(),
          voucherNumber);
      Optional<DocumentInfo> earlier = documents.storeUnlessStored(document);
      if (earlier.isPresent()) {
        redirect.addFlashAttribute("notice", "此前已收到同一文件“" + earlier.get().fileName() + "”（"
            + clock.format(earlier.get().uploadedAt()) + " 上传），未重复保存。");
        return "redirect:/documents#" + slot.anchor();
      }
      if (slot.isCorrection()) {
        materials.filesChanged(slot.applicationKey());
      }
      redirect.addFlashAttribute("notice", "已上传“" + checked.fileName() + "”（" + documentKind.get().label()
          + (scan ? "，凭证号 " + voucherNumber : "") + "，"
          + checked.type().name() + "，" + DocumentUploadPolicy.size(file.getSize()) + "）。");
    }
    return "redirect:/documents#" + slot.anchor();
  }

  @PostMapping("/{id}/delete")
  String delete(
      HttpServletRequest request,
      RedirectAttributes redirect,
      @PathVariable long id,
      @RequestParam(name = FormTokens.FIELD, required = false) String token) {
    SignedInUser user = signedIn(request);
    checkToken(request, token);
    DocumentInfo document = documents.find(id).orElseThrow(PageRefusal::notFound);
    access.checkRemove(user, document);
    UploadSlot slot = slots.holding(document).orElseThrow(() -> PageRefusal.forbidden(
        "该文件已随申报提交，且申报当前不在补正阶段（或申报已截止），不能删除。"));
    documents.delete(id);
    if (slot.isCorrection()) {
      materials.filesChanged(slot.applicationKey());
    }
    redirect.addFlashAttribute("notice", "已删除“" + document.fileName() + "”。");
    return "redirect:/documents#" + slot.anchor();
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(HttpServletRequest request, @PathVariable long id) {
    SignedInUser user = signedIn(request);
    DocumentInfo info = documents.find(id).orElseThrow(PageRefusal::notFound);
    access.checkRead(user, info);
    StoredDocument document = documents.load(id).orElseThrow(PageRefusal::notFound);
    MediaType type = DocumentType.ofContentType(info.contentType())
        .map(t -> MediaType.parseMediaType(t.contentType()))
        .orElse(MediaType.APPLICATION_OCTET_STREAM);
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(document.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.inline(info.fileName()))
        // X-Content-Type-Options: nosniff, X-Frame-Options, Cache-Control: see access.OwnPageHeaders
        .body(document.content());
  }

  @ExceptionHandler(PageRefusal.class)
  String refused(PageRefusal refusal, HttpServletResponse response, Model model) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    return MessagePage.show(response, model, refusal.status(), refusal.title(), refusal.getMessage(),
        refusal.loginLink(), TASKLIST);
  }

  // ---- checks ----

  private SignedInUser signedIn(HttpServletRequest request) {
    return currentUser.of(request).orElseThrow(PageRefusal::notSignedIn);
  }

  private void checkToken(HttpServletRequest request, String token) {
    if (!formTokens.isValid(request, token)) {
      throw PageRefusal.badToken();
    }
  }

  /** The open slot the upload is for; refuses users who do not act for its society. */
  private UploadSlot slotFor(SignedInUser user, String roundYearText, String societyCode, String applicationKey) {
    if (!user.isSociety()) {
      throw PageRefusal.forbidden("只有学会账号可以上传申报材料。");
    }
    if (applicationKey != null && !applicationKey.isBlank()) {
      Optional<UploadSlot> slot = slots.correction(applicationKey).or(() -> slots.report(applicationKey));
      if (slot.isPresent() && !user.actsFor(slot.get().societyCode())) {
        throw PageRefusal.forbidden("您的账号不能为申报 " + applicationKey + " 上传材料。");
      }
      return slot.orElseThrow(() -> new PageRefusal(HttpStatus.BAD_REQUEST, "不能上传", slots.whyClosed(applicationKey), false));
    }
    Integer roundYear = roundYearText == null || !roundYearText.strip().matches("\\d{4}")
        ? null : Integer.valueOf(roundYearText.strip());
    if (roundYear == null) {
      throw new PageRefusal(HttpStatus.BAD_REQUEST, "不能上传", "请在上传页面选择要上传到哪一项申报。", false);
    }
    String code = societyCode == null || societyCode.isBlank() ? user.societyCode().orElseThrow() : societyCode;
    if (!user.actsFor(code)) {
      throw PageRefusal.forbidden("您的账号不能代表学会 " + code + " 上传材料。");
    }
    return slots.pending(code, roundYear).orElseThrow(
        () -> new PageRefusal(HttpStatus.BAD_REQUEST, "不能上传", slots.whyClosed(code, roundYear), false));
  }

  // ---- the page ----

  /** A refusal shown beside one slot's upload form. */
  private record SlotError(String anchor, List<String> problems, String kind, String voucher) {

    boolean forScan() {
      return DocumentKind.VOUCHER_SCAN.name().equals(kind);
    }
  }

  /** One file as the page lists it. */
  record DocumentView(long id, String kind, String fileName, String type, String size, String uploadedAt,
      String uploadedBy) {}

  /** The scans of one voucher number; {@code submitted} when a submitted ledger lists it (they stay). */
  record VoucherView(String voucherNumber, boolean submitted, List<DocumentView> scans) {}

  /** One slot as the page shows it. */
  record SlotView(
      String anchor,
      boolean correction,
      boolean report,
      String title,
      String societyCode,
      int roundYear,
      String applicationKey,
      String deadline,
      String correctionRequest,
      List<DocumentView> documents,
      boolean missingBoardResolution,
      List<String> problems,
      String selectedKind,
      List<DocumentKind> kinds,
      List<VoucherView> vouchers,
      List<String> scanProblems,
      String typedVoucher) {}

  private String render(
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      SignedInUser user,
      SlotError error) {
    if (error != null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    List<UploadSlot> open = user.societyCodes().stream().flatMap(code -> slots.openFor(code).stream()).toList();
    model.addAttribute("user", user);
    model.addAttribute("society", user.isSociety());
    model.addAttribute("reporting", open.stream().anyMatch(UploadSlot::isReport));
    model.addAttribute("applying", open.isEmpty() || open.stream().anyMatch(slot -> !slot.isReport()));
    model.addAttribute("office", user.isOffice());
    model.addAttribute("slots", open.stream().map(slot -> view(slot, error)).toList());
    model.addAttribute("maxSize", policy.maxSizeText());
    model.addAttribute("token", formTokens.tokenFor(request));
    model.addAttribute("tasklist", TASKLIST);
    model.addAttribute("tokenField", FormTokens.FIELD);
    return PAGE;
  }

  private SlotView view(UploadSlot slot, SlotError error) {
    List<DocumentInfo> files = slot.applicationKey() != null
        ? documents.listForApplication(slot.applicationKey()).stream().filter(slot::holds)
            .filter(d -> d.kind() != DocumentKind.VOUCHER_SCAN).toList()
        : documents.listPending(slot.societyCode(), slot.roundYear());
    boolean failed = error != null && error.anchor().equals(slot.anchor());
    boolean scanFailed = failed && error.forScan();
    Map<String, Object> correction = slot.isCorrection() ? correctionOf(slot.applicationKey()) : Map.of();
    String deadline = slot.isCorrection()
        ? (String) correction.get(CORRECTION_DEADLINE_TEXT)
        : slot.isReport() ? null : ChineseDates.deadline(slot.applicationDeadline());
    String title = slot.isReport()
        ? slot.report().label().replace("书面报告", "材料") + "：" + slot.societyName() + " " + slot.roundYear() + " 年度专项（" + slot.applicationKey() + "）"
        : slot.isCorrection()
            ? "补正材料：" + slot.societyName() + " " + slot.roundYear() + " 年度申报（" + slot.applicationKey() + "）"
            : "申报材料（尚未提交）：" + slot.societyName() + " " + slot.roundYear() + " 年度";
    return new SlotView(
        slot.anchor(),
        slot.isCorrection(),
        slot.isReport(),
        title,
        slot.societyCode(),
        slot.roundYear(),
        slot.applicationKey(),
        deadline,
        (String) correction.get(CORRECTION_REQUEST),
        files.stream().map(this::view).toList(),
        !slot.isReport() && files.stream().noneMatch(f -> f.kind() == DocumentKind.BOARD_RESOLUTION),
        failed && !scanFailed ? error.problems() : List.of(),
        failed && error.kind() != null ? error.kind() : slot.kinds().get(0).name(),
        slot.kinds().stream().filter(k -> k != DocumentKind.VOUCHER_SCAN).toList(),
        slot.isReport() ? vouchers(slot.applicationKey()) : List.of(),
        scanFailed ? error.problems() : List.of(),
        scanFailed ? error.voucher() : "");
  }

  /** R-FUND-2: the application's voucher scans, grouped by voucher number. */
  private List<VoucherView> vouchers(String applicationKey) {
    java.util.Set<String> submitted = documents.submittedVouchers(applicationKey);
    Map<String, List<DocumentView>> byVoucher = new java.util.TreeMap<>();
    for (DocumentInfo scan : documents.voucherScans(applicationKey)) {
      byVoucher.computeIfAbsent(scan.voucherNumber(), v -> new java.util.ArrayList<>()).add(view(scan));
    }
    return byVoucher.entrySet().stream()
        .map(e -> new VoucherView(e.getKey(), submitted.contains(e.getKey()), e.getValue())).toList();
  }

  private DocumentView view(DocumentInfo document) {
    return new DocumentView(
        document.id(),
        document.kind().label(),
        document.fileName(),
        DocumentType.ofContentType(document.contentType()).map(Enum::name).orElse(document.contentType()),
        DocumentUploadPolicy.size(document.sizeBytes()),
        clock.format(document.uploadedAt()),
        document.uploadedBy());
  }

  /** The office's correction request and its deadline, from the application's running instance. */
  private Map<String, Object> correctionOf(String applicationKey) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(applicationKey)
        .list()
        .stream()
        .findFirst()
        .map(ProcessInstance::getId)
        .map(id -> runtimeService.getVariables(id, List.of(CORRECTION_REQUEST, CORRECTION_DEADLINE_TEXT)))
        .orElse(Map.of());
  }
}
