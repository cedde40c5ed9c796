package cn.wast.capacity.application;

/**
 * R-DYN-1: a society's support in earlier rounds, as the forms of an application and the ranking
 * sheet show it. Later stages write that history (awards, final acceptances, disqualifications),
 * so an earlier stage reads it through this; {@code checks.SupportHistories} answers.
 */
public interface PastSupport {

  /** The society's support in the rounds before {@code roundYear}. */
  Shown before(String societyCode, int roundYear);

  /** The history as each reader is shown it. */
  interface Shown {

    /** For the office: every award, ban and running disqualification, with the office's reasons. */
    String officeMarkdown();

    /** For the experts: the facts, not what the office wrote to the society. */
    String expertMarkdown();

    /** One plain line for a sheet cell. */
    String text();
  }
}
