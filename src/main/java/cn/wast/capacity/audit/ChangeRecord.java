package cn.wast.capacity.audit;

import java.time.Instant;

/**
 * One field of one record changed by the office: what it was, what it became, who changed it,
 * when and why. A null before is a new record's field; a null after is a removed value.
 */
public record ChangeRecord(
    long id,
    ChangeSubject subject,
    String subjectKey,
    String subjectName,
    String field,
    String before,
    String after,
    String reason,
    String changedBy,
    Instant changedAt) {}
