package cn.yixin.domain.eligibility;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One point removed for an effective participation in training or an inspection (R-11.1, Tianjin's option), counted
 * only while the tenant allows reductions and within its yearly maximum; never below zero.
 */
public record PointsReduction(String reductionId, LocalDate on, String reason, String recordedBy, Instant recordedAt) {
}
