package cn.wast.capacity.application;

/**
 * R-DYN-1: something in a society's {@link PastSupport support history} was decided (a final acceptance's
 * support, say), so the forms that show it to the office are written again.
 */
public record SupportHistoryChanged(String societyCode) {}
