package cn.wast.capacity.review;

import java.math.BigDecimal;

/** R-EVAL-1: an application's composite score, its rank (equal scores share one) and whether it was proposed. */
public record ReviewResult(
    String applicationKey, int roundYear, BigDecimal composite, int ranking, int scoredBy, boolean proposed,
    String tieNote) {}
