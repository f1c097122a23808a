package cn.yixin.domain;

/** Severity of a negative record (R-3.1; MINOR from ). */
public enum Severity { MINOR, GENERAL, SERIOUS }
