package cn.yixin.api.repair;

import cn.yixin.domain.repair.RepairApplication;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A repair application as its reader may see it: staff see the public objections' text, the subject sees only that
 * they exist and how they were ruled (an objector is not named to the subject, and the text may name the objector).
 */
@Serdeable
public record RepairView(String repairId, String number, String subjectId, String recordId, String recordSummary,
                         String status, String statusZh, long version, Instant submittedAt,
                         String rectification, List<String> attachments,
                         @Nullable String publicityId, @Nullable LocalDate publicisedOn,
                         @Nullable LocalDate publicityEndsOn, @Nullable String reasons,
                         @Nullable LocalDate repairedOn, @Nullable LocalDate lastScoringDay,
                         @Nullable LocalDate regradeOn, boolean regraded, @Nullable String repairRecordId,
                         @Nullable LocalDate punishmentsEndedOn, List<Objection> objections,
                         List<Step> history) {

    /** One line of the application's history. */
    @Serdeable
    public record Step(Instant at, String event, String status, @Nullable String by, @Nullable String note) {
    }

    @Serdeable
    public record Objection(String objectionId, @Nullable String text, Instant receivedAt, @Nullable String ruling,
                            @Nullable String rulingReasons) {
    }

    static RepairView of(RepairApplication a, boolean staff) {
        return new RepairView(a.id(), a.number(), a.subjectId(), a.recordId(), a.recordSummary(), a.status().name(),
                a.status().nameZh(), a.version(), a.submittedAt(), a.rectification(), a.attachments(),
                a.publicityId(), a.publicisedOn(), a.publicityEndsOn(), a.reasons(), a.repairedOn(),
                a.lastScoringDay(), a.regradeOn(), a.regraded(), a.repairRecordId(), a.punishmentsEndedOn(),
                a.objections().stream().map(o -> new Objection(o.id(), staff ? o.text() : null, o.receivedAt(),
                        o.ruling(), staff ? o.rulingReasons() : null)).toList(),
                a.history().stream().map(h -> new Step(h.at(), h.event(), h.status().name(), staff ? h.by() : null,
                        h.note())).toList());
    }

    /** What the public sees of a publicised intent to repair, and nothing more. */
    @Serdeable
    public record Publicity(String publicityId, String issuer, String subjectName, String subjectKind,
                            String recordSummary, @Nullable String basisNumber, LocalDate publicisedOn,
                            LocalDate publicityEndsOn, String howToObject) {
    }

    @Serdeable
    public record Received(String objectionId, String messageZh) {
    }

    /** Publication state of one dishonesty record. */
    @Serdeable
    public record PublicationLine(String recordId, String summary, String severity, LocalDate penaltyDate,
                                  LocalDate minimumEnds, LocalDate maximumEnds, String state,
                                  @Nullable LocalDate endedOn, @Nullable LocalDate repairableFrom) {
    }

    @Serdeable
    public record Page(List<RepairView> items, @Nullable String nextCursor) {
    }
}
