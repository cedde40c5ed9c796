package cn.wast.capacity.application;

import cn.wast.capacity.supervision.SupportHistory;

/**
 * R-DYN-1: something in a society's {@link SupportHistory} was decided (a final acceptance's
 * support, say), so the forms that show it to the office are written again.
 */
public record SupportHistoryChanged(String societyCode) {}
