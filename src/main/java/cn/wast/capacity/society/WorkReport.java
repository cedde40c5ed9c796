package cn.wast.capacity.society;

import java.time.LocalDate;

/**
 * R-ELIG-2: the year-end work summary of {@code year} and the work plan for the year after, with
 * the days they reached WAST (null: not submitted).
 */
public record WorkReport(int year, LocalDate summarySubmittedOn, LocalDate planSubmittedOn) {}
