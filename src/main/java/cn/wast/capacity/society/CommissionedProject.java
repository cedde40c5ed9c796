package cn.wast.capacity.society;

import java.time.LocalDate;

/**
 * R-EXCL-3: a project commissioned from the society by WAST or a related department.
 *
 * @param completedOn null while not completed
 */
public record CommissionedProject(String title, String commissionedBy, LocalDate dueOn, LocalDate completedOn) {}
