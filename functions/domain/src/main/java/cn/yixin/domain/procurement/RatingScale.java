package cn.yixin.domain.procurement;

/** The rules a procurement credit case is rated under: the 2020 four-level scale or the 2025 three-level one. */
public enum RatingScale {
    /** 医保发〔2020〕34号 and its first operating rules: 一般 / 中等 / 严重 / 特别严重. */
    S2020,
    /** The 2025 revised operating rules (in use from 2025 Q3): 失信 / 严重失信 / 特别严重失信. */
    S2025
}
