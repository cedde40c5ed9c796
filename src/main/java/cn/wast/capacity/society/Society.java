package cn.wast.capacity.society;

import java.time.LocalDate;

/**
 * A member society as WAST's registry records it (one row of {@code society}).
 *
 * @param code short upper-case code, ASCII letters and digits (also the society's user and group)
 * @param name the society's Chinese name
 * @param contactEmail where the programme's letters go
 * @param affiliatedWithWast a society of WAST (市科协所属学会), R-APP-1
 * @param internalManagementSound the office's assessment of internal management, R-ELIG-3
 * @param boardTermEndsOn last day of the board's term, null when unknown, R-ELIG-3
 * @param secretaryGeneralName the secretary-general (or deputy) in post, null if none, R-ELIG-4
 * @param secretaryGeneralTenure full-time, part-time or none, R-ELIG-4
 * @param staffCount the society's working staff, R-ELIG-4
 * @param financialRulesInPlace financial and asset rules in place, R-ELIG-5
 * @param independentBankAccount an independent bank account, R-ELIG-5
 * @param financialStaffCount financial staff, R-ELIG-5
 */
public record Society(
    String code,
    String name,
    String contactEmail,
    boolean affiliatedWithWast,
    boolean internalManagementSound,
    LocalDate boardTermEndsOn,
    String secretaryGeneralName,
    SecretaryGeneralTenure secretaryGeneralTenure,
    int staffCount,
    boolean financialRulesInPlace,
    boolean independentBankAccount,
    int financialStaffCount) {

  public Society {
    if (code == null || !code.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("a society code is ASCII letters and digits: " + code);
    }
    if (secretaryGeneralTenure == null) {
      throw new IllegalArgumentException("secretary-general tenure is FULL_TIME, PART_TIME or NONE");
    }
  }
}
