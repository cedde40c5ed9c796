package cn.wast.capacity.documents;

import cn.wast.capacity.access.SignedInUser;
import cn.wast.capacity.review.ReviewAssignments;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may remove an uploaded file. A file is its society's: the society reads
 * and removes it; the office, auditors and administrators read every file; an expert reads the
 * materials of an application assigned to them for scoring (R-REV-2), and nothing else. A
 * voucher scan in a submitted ledger stays, whoever asks (R-FUND-2).
 */
@Component
class DocumentAccess {

  private final ReviewAssignments reviewAssignments;
  private final ApplicationDocuments documents;

  DocumentAccess(ReviewAssignments reviewAssignments, ApplicationDocuments documents) {
    this.reviewAssignments = reviewAssignments;
    this.documents = documents;
  }

  /** Refuses, with the page that says why, a user who may not read the file. */
  void checkRead(SignedInUser user, DocumentInfo file) {
    if (user.actsFor(file.societyCode()) || user.isOffice() || user.isAuditor() || user.isAdmin()
        || reviews(user, file)) {
      return;
    }
    throw PageRefusal.forbidden(file.kind().isApplicationMaterial()
        ? "您无权查看该文件：申报材料只对提交它的学会、专项办公室、审计人员和评审该申报的专家开放。"
        : "您无权查看该文件：检查材料和凭证扫描件只对提交它的学会、专项办公室和审计人员开放。");
  }

  /**
   * Refuses a user who may not remove the file: anyone but its society, and its society too for
   * a voucher scan its submitted ledger lists. Whether the file's slot is still open is the
   * slot's to say.
   */
  void checkRemove(SignedInUser user, DocumentInfo file) {
    if (!user.actsFor(file.societyCode())) {
      throw PageRefusal.forbidden("只有上传该文件的学会可以删除它。");
    }
    if (file.kind() == DocumentKind.VOUCHER_SCAN
        && documents.submittedVouchers(file.applicationKey()).contains(file.voucherNumber())) {
      throw PageRefusal.forbidden("凭证号 " + file.voucherNumber() + " 已列入已提交的支出台账，"
          + "它的凭证扫描件已随检查材料提交，不能删除。");
    }
  }

  private boolean reviews(SignedInUser user, DocumentInfo file) {
    return user.isExpert() && file.applicationKey() != null && file.kind().isApplicationMaterial()
        && reviewAssignments.isOn(user.id(), file.applicationKey());
  }
}
