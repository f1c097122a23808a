package cn.yixin.domain;

/** Trustworthy (守信) or dishonest (失信) information. */
public enum Polarity { POSITIVE, NEGATIVE }
