package cn.yixin.api.monitoring;

import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** What the monitoring operations answer. Warnings name records by id and carry no personal identifier. */
public final class MonitoringViews {

    private MonitoringViews() {
    }

    @Serdeable
    public record Step(String action, String by, Instant at, @Nullable String reasons) {
    }

    /** A warning as staff see it: the rule, its version, the records, the level, the age in days, the audit trail. */
    @Serdeable
    public record WarningView(String warningId, String subjectId, String subjectKind, String ruleCode, String ruleName,
                              String level, int levelRank, int configVersion, List<String> recordIds, String reason,
                              String status, Instant raisedAt, long ageDays, List<Step> trail,
                              @Nullable MeasureView measure) {

        static WarningView of(Warning w, LocalDate today) {
            return new WarningView(w.id(), w.subjectId(), w.subjectKind().name(), w.ruleCode(), w.ruleName(), w.level(),
                    w.levelRank(), w.configVersion(), w.recordIds(), w.reasonZh(), w.status().name(), w.raisedAt(),
                    Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(w.raisedAt(), cn.yixin.domain.CreditRecord.CHINA), today)),
                    w.trail().stream().map(s -> new Step(s.action(), s.by(), s.at(), s.reasons())).toList(),
                    MeasureView.of(w.measure()));
        }
    }

    /** The measure from the lists a confirmation applied (R-7.3, issue 15): code, Chinese name, basis. */
    @Serdeable
    public record MeasureView(String code, String name, String basis) {
        static MeasureView of(Warning.Measure m) {
            return m == null ? null : new MeasureView(m.code(), m.name(), m.basis());
        }
    }

    /** A confirmed warning as its subject sees it: what, why, and the bureau's reasons; no reviewer, no trail. */
    @Serdeable
    public record OwnWarningView(String warningId, String ruleName, String level, String reason, List<String> recordIds,
                                 Instant raisedAt, @Nullable String confirmation, @Nullable MeasureView measure) {

        static OwnWarningView of(Warning w) {
            String reasons = w.trail().stream().filter(s -> s.action().equals(Warning.Status.CONFIRMED.name()))
                    .map(Warning.Step::reasons).findFirst().orElse(null);
            return new OwnWarningView(w.id(), w.ruleName(), w.level(), w.reasonZh(), w.recordIds(), w.raisedAt(), reasons,
                    MeasureView.of(w.measure()));
        }
    }

    /** The inbox: open (or filtered) warnings most serious level first, oldest first within a level; counts per level. */
    @Serdeable
    public record Inbox(Map<String, Integer> countsByLevel, List<WarningView> warnings) {
    }

    /** A subject's monitoring level (一般监控 unless it is under key monitoring) and the last key-monitoring period. */
    @Serdeable
    public record MonitoringView(String subjectId, @Nullable String subjectKind, String level, String levelName,
                                 @Nullable LocalDate since, @Nullable String reason, @Nullable String warningId,
                                 @Nullable LocalDate reviewOn, boolean reviewDue, @Nullable LocalDate endedOn,
                                 @Nullable String endReason, List<Step> trail) {

        static MonitoringView of(String subjectId, MonitoringStatus m, LocalDate today) {
            if (m == null) {
                return new MonitoringView(subjectId, null, MonitoringStatus.Level.GENERAL.name(),
                        MonitoringStatus.Level.GENERAL.nameZh(), null, null, null, null, false, null, null, List.of());
            }
            return new MonitoringView(m.subjectId(), m.subjectKind().name(), m.level().name(), m.level().nameZh(),
                    m.since(), m.reason(), m.warningId(), m.reviewOn(),
                    m.active() && m.reviewOn() != null && !m.reviewOn().isAfter(today), m.endedOn(), m.endReason(),
                    m.trail().stream().map(s -> new Step(s.action(), s.by(), s.at(), s.reasons())).toList());
        }
    }

    /** Subjects under key monitoring, with counts per subject kind. */
    @Serdeable
    public record MonitoredList(Map<String, Integer> keyByKind, int key, List<MonitoringView> subjects) {
    }
}
