package cn.wast.capacity.review;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * R-REV-2: an expert put on one seat of an application. A seat keeps its history: a recused or
 * replaced expert's assignment stays, with why and when it ended.
 */
public record ReviewAssignment(
    long id,
    int roundYear,
    String applicationKey,
    int seat,
    String expertId,
    AssignmentStatus status,
    Instant assignedAt,
    Instant dueAt,
    BigDecimal weightedTotal,
    String endedReason) {}
