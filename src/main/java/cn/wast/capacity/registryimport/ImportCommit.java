package cn.wast.capacity.registryimport;

import cn.wast.capacity.audit.ChangeRecords;
import cn.wast.capacity.society.SocietyRegistry;
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
  private final SocietyRegistry registry;
  private final FraudBanList bans;
  private final ChangeRecords changeRecords;
  private final TransactionTemplate transaction;

  ImportCommit(RowChecks checks, SocietyRegistry registry, FraudBanList bans, ChangeRecords changeRecords,
      PlatformTransactionManager transactions) {
    this.checks = checks;
    this.registry = registry;
    this.bans = bans;
    this.changeRecords = changeRecords;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The preview as it stood at the commit; when it was {@link ImportPreview#committable()}, all of it is written. */
  ImportPreview commit(PendingImport pending, String reason, String userId) {
    return transaction.execute(status -> {
      ImportPreview preview = checks.check(pending);
      if (!preview.committable()) {
        return preview;
      }
      for (CheckedRow row : preview.rows()) {
        if (row.toWrite()) {
          ImportedFact fact = row.fact();
          fact.write(registry, bans);
          changeRecords.record(fact.subject(), fact.society().code(), fact.society().name(), fact.changes(),
              reason + "（" + pending.kind().title() + "：" + pending.fileName() + "）", userId);
        }
      }
      return preview;
    });
  }
}
