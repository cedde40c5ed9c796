package cn.wast.capacity.office;

import java.util.List;
import java.util.Map;

/**
 * What the office overview shows of one round.
 *
 * @param stages how many applications stand at each stage, in the order they are passed
 * @param deadlines what falls due next, the earliest first (overdue open tasks included)
 * @param objections the objections still under investigation
 * @param checks the mid-term and final checks that are open or about to open
 * @param failedMails the round's mails that could not be sent
 * @param lateSubmissions how many plans and reports of the round's awards came in after their deadline
 */
record RoundOverview(int year, String status, long applications, Map<String, Long> stages, List<Entry> deadlines,
    List<Entry> objections, List<Entry> checks, List<Entry> failedMails, long lateSubmissions) {

  /**
   * One line of a list: when, what, for whom, and where to act on it.
   *
   * @param when the date as the office reads it ("2026年12月10日（当天24时截止）"), or empty
   * @param overdue whether the date has passed while the matter is still open
   * @param link the task in Tasklist, or the page concerned; null when there is none
   * @param linkLabel what the link opens
   */
  record Entry(String when, boolean overdue, String what, String who, String link, String linkLabel) {}
}
