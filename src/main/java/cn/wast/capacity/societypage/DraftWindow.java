package cn.wast.capacity.societypage;

import java.time.Instant;

/**
 * What a society may do with one of its drafts now, and why: edit it, submit it, or only read
 * it, with a notice in Chinese that says which and until when.
 *
 * @param taskId the society's open task the draft completes, when there is one
 * @param dueAt the deadline of the submission, when there is one
 */
record DraftWindow(boolean editable, boolean submittable, String notice, String taskId, Instant dueAt) {

  static DraftWindow open(String notice, String taskId, Instant dueAt) {
    return new DraftWindow(true, true, notice, taskId, dueAt);
  }

  static DraftWindow notYet(String notice) {
    return new DraftWindow(true, false, notice, null, null);
  }

  static DraftWindow readOnly(String notice) {
    return new DraftWindow(false, false, notice, null, null);
  }
}
