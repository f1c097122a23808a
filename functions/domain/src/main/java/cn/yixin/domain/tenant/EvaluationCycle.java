package cn.yixin.domain.tenant;

/** one natural year; the only cycle any source document uses. */
public enum EvaluationCycle { CALENDAR_YEAR }
