package cn.wast.capacity.society;

/** The society's own attributes as one version of the registry holds them, with its 统一社会信用代码. */
public record SocietyAttributes(Society society, String creditCode) {}
