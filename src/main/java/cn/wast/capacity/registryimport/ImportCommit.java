package cn.wast.capacity.registryimport;

import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.society.SocietyRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked upload: every new row and its change record in one transaction, or nothing.
 * The rows are checked again inside that transaction, so a fact recorded since the preview (or a
 * second click) can neither conflict nor land twice.
 */
@Component
class ImportCommit {

  private final RowChecks checks;
  private final SocietySheet societies;
  private final ExpertSheet experts;
  private final SocietyRegistry registry;
  private final FraudBanList bans;
  private final ChangeRecords changeRecords;
  private final TransactionTemplate transaction;

  ImportCommit(RowChecks checks, SocietySheet societies, ExpertSheet experts, SocietyRegistry registry, FraudBanList bans, ChangeRecords changeRecords,
      PlatformTransactionManager transactions) {
    this.checks = checks;
    this.societies = societies;
    this.experts = experts;
    this.registry = registry;
    this.bans = bans;
    this.changeRecords = changeRecords;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * The upload checked as its commit would find it: the 学会 sheet registered and changed first (so
   * the facts sheets may name the societies it registers), then rolled back whatever it shows.
   */
  ImportPreview preview(PendingImport pending, String userId) {
    return transaction.execute(status -> {
      status.setRollbackOnly();
      return checked(pending, "预览", userId);
    });
  }

  /** The preview as it stood at the commit; when it was {@link ImportPreview#committable()}, all of it is written. */
  ImportPreview commit(PendingImport pending, String reason, String userId) {
    return transaction.execute(status -> {
      ImportPreview preview = checked(pending, reason + "（" + pending.kind().title() + "：" + pending.fileName() + "）",
          userId);
      if (!preview.committable()) {
        status.setRollbackOnly();
        return preview;
      }
      for (CheckedRow row : preview.rows()) {
        if (row.toWrite() && row.fact() != null) {
          ImportedFact fact = row.fact();
          fact.write(registry, bans);
          changeRecords.record(fact.subject(), fact.society().code(), fact.society().name(), fact.changes(),
              reason + "（" + pending.kind().title() + "：" + pending.fileName() + "）", userId);
        }
      }
      return preview;
    });
  }

  private ImportPreview checked(PendingImport pending, String reason, String userId) {
    List<CheckedRow> rows = new ArrayList<>(societies.apply(
        pending.rows().stream().filter(r -> r.sheet() == FactSheet.SOCIETY).toList(), reason, userId));
    rows.addAll(experts.apply(pending.rows().stream()
        .filter(r -> r.sheet() == FactSheet.EXPERT || r.sheet() == FactSheet.EXPERT_AFFILIATION).toList(), reason, userId));
    rows.addAll(checks.check(pending).rows());
    return new ImportPreview(pending, pending.fileProblems(), rows);
  }
}
