package cn.wast.capacity.checks;

/** R-CHK-1: progress on one of the plan's indicators: what was measured, the target, what was achieved. */
public record Progress(String measure, String target, String achieved) {}
