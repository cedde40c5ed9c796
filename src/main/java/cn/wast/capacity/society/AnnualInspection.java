package cn.wast.capacity.society;

/** R-ELIG-1: the result of the society's annual inspection (社团年检) for one year. */
public record AnnualInspection(int year, boolean passed) {}
