package cn.yixin.store;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.repair.Publication;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.ProtectedIdentifier;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectLink;
import cn.yixin.domain.subject.SubjectSummary;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yixin.store.Attr.date;
import static cn.yixin.store.Attr.enumOf;
import static cn.yixin.store.Attr.flag;
import static cn.yixin.store.Attr.instant;
import static cn.yixin.store.Attr.int32;
import static cn.yixin.store.Attr.num;
import static cn.yixin.store.Attr.str;

/** Item layouts of subjects, archive entries, grade history and links; the key scheme is in {@link YixinTable}. */
final class ItemMapper {

    static final String PROFILE = "PROFILE";

    private ItemMapper() {
    }

    static Map<String, AttributeValue> subjectKey(String tenantId, String subjectId) {
        return Map.of(YixinTable.PK, Attr.s(YixinTable.subjectPk(tenantId, subjectId)), YixinTable.SK, Attr.s(PROFILE));
    }

    static Map<String, AttributeValue> subjectItem(Subject s) {
        Attr.Item item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(s.tenantId(), s.id()))
                .put(YixinTable.SK, PROFILE)
                .put("tenantId", s.tenantId())
                .put("subjectId", s.id())
                .put("kind", s.kind())
                .put("displayName", s.displayName())
                .put("nameSealed", s.nameSealed())
                .put("idHash", s.identifier().lookupHash())
                .put("idSealed", s.identifier().sealed())
                .put("idMasked", s.identifier().masked())
                .put("phoneSealed", s.phone() == null ? null : s.phone().sealed())
                .put("phoneMasked", s.phone() == null ? null : s.phone().masked())
                // R-2.2: a practising code is a personal identifier: hash, sealed copy and mask, never in clear.
                .put("pcHash", s.practitionerCode() == null ? null : s.practitionerCode().lookupHash())
                .put("pcSealed", s.practitionerCode() == null ? null : s.practitionerCode().sealed())
                .put("pcMasked", s.practitionerCode() == null ? null : s.practitionerCode().masked())
                .put("registeredAt", s.registeredAt())
                .put("registeredBy", s.registeredBy())
                .put("version", s.version())
                .put("headHash", s.headHash());
        putStanding(item, s);
        return item.build();
    }

    private static void putStanding(Attr.Item item, Subject s) {
        Standing st = s.standing();
        item.put(YixinTable.GSI1_PK, YixinTable.tenantPrefix(s.tenantId()) + "KIND#" + s.kind().name())
                .put(YixinTable.GSI1_SK, "G#" + st.grade() + "#" + s.id())
                .put("scheme", st.scheme())
                .put("method", st.method())
                .put("score", st.score())
                .put("grade", st.grade())
                .put("gradeName", st.gradeName())
                .put("lowestGradeOverride", st.lowestGradeOverride())
                .put("configVersion", st.configVersion())
                .put("asOf", st.asOf())
                .put("computedAt", st.computedAt())
                .putList("explanation", st.explanation().stream().map(ItemMapper::line).toList());
        if (!st.changesOn().isEmpty()) {
            item.putList("changesOn", st.changesOn().stream().map(d -> Attr.s(d.toString())).toList());
        }
    }

    private static AttributeValue line(Standing.Line l) {
        return AttributeValue.fromM(new Attr.Item()
                .put("recordId", l.recordId())
                .put("indicator", l.indicator())
                .put("points", l.points())
                .put("note", l.note())
                .put("indicatorName", l.indicatorName())
                .build());
    }

    static Subject subject(Map<String, AttributeValue> item) {
        List<Standing.Line> lines = new ArrayList<>();
        for (AttributeValue v : Attr.list(item, "explanation")) {
            Map<String, AttributeValue> m = v.m();
            lines.add(new Standing.Line(str(m, "recordId"), str(m, "indicator"), int32(m, "points"), str(m, "note"),
                    str(m, "indicatorName")));
        }
        Standing standing = new Standing(str(item, "scheme"), str(item, "method"), int32(item, "score"),
                str(item, "grade"), str(item, "gradeName"), flag(item, "lowestGradeOverride"),
                int32(item, "configVersion"), date(item, "asOf"), instant(item, "computedAt"), List.copyOf(lines),
                Attr.list(item, "changesOn").stream().map(v -> LocalDate.parse(v.s())).toList());
        return new Subject(str(item, "tenantId"), str(item, "subjectId"), enumOf(item, "kind", SubjectKind.class),
                str(item, "displayName"), str(item, "nameSealed"),
                new ProtectedIdentifier(str(item, "idHash"), str(item, "idSealed"), str(item, "idMasked")),
                item.containsKey("phoneSealed")
                        ? new ProtectedIdentifier(null, str(item, "phoneSealed"), str(item, "phoneMasked")) : null,
                item.containsKey("pcSealed") ? new ProtectedIdentifier(str(item, "pcHash"), str(item, "pcSealed"),
                        str(item, "pcMasked")) : null,
                instant(item, "registeredAt"), str(item, "registeredBy"),
                num(item, "version"), str(item, "headHash"), standing);
    }

    static SubjectSummary summary(Map<String, AttributeValue> item) {
        return new SubjectSummary(str(item, "tenantId"), str(item, "subjectId"), enumOf(item, "kind", SubjectKind.class),
                str(item, "displayName"), str(item, "idMasked"), str(item, "grade"), str(item, "gradeName"),
                int32(item, "score"), int32(item, "configVersion"), instant(item, "registeredAt"));
    }

    static Map<String, AttributeValue> entryItem(String tenantId, ArchiveEntry e) {
        CreditRecord r = e.record();
        Attr.Item item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(tenantId, r.subjectId()))
                .put(YixinTable.SK, "R#" + YixinTable.seq(e.sequence()))
                .put("sequence", e.sequence())
                .put("hash", e.hash())
                .put("recordId", r.id())
                .put("subjectId", r.subjectId())
                .put("category", r.category())
                .put("polarity", r.polarity())
                .put("severity", r.severity())
                .put("indicator", r.indicator())
                .put("summary", r.summary())
                .put("effectiveFrom", r.effectiveFrom())
                .put("effectiveTo", r.effectiveTo())
                .put("source", r.source())
                .put("recordedBy", r.recordedBy())
                .put("recordedAt", r.recordedAt())
                .put("supersedes", r.supersedes())
                .put("voided", r.voided());
        if (r.basis() != null) {
            item.put("basisKind", r.basis().kind())
                    .put("basisNumber", r.basis().number())
                    .put("basisDate", r.basis().date())
                    .put("basisIssuer", r.basis().issuer());
        }
        return item.build();
    }

    /** Boundary rows are kept this long after their day, then expire (the sweep looks back a week at most). */
    static final int BOUNDARY_KEEP_DAYS = 30;

    /**
     * One row per future boundary of a new entry (R-3.3): the daily re-grade reads the rows of its days instead of
     * every subject's archive. Written in the entry's own transaction; unconditional, so writing one twice is harmless.
     */
    /**
     * One row per day the subject's new standing says it changes by date alone (issue 12.2: window ends and the
     * like, see {@code StandingChanges}); the same daily re-grade reads them. Written with every standing write.
     */
    static List<Map<String, AttributeValue>> standingChangeItems(Subject after) {
        return after.standing() == null ? List.of() : after.standing().changesOn().stream().map(day -> new Attr.Item()
                .put(YixinTable.PK, YixinTable.dayPk(after.tenantId(), DayRows.BOUNDARY, day))
                .put(YixinTable.SK, "B#" + after.id() + "#STANDING") // read with the entries' rows (prefix B#)
                .put("subjectId", after.id())
                .put(YixinTable.TTL, day.plusDays(BOUNDARY_KEEP_DAYS).atStartOfDay(CreditRecord.CHINA).toEpochSecond())
                .build()).toList();
    }

    static List<Map<String, AttributeValue>> boundaryItems(String tenantId, CreditRecord r) {
        return r.futureBoundaries().stream().map(day -> new Attr.Item()
                .put(YixinTable.PK, YixinTable.dayPk(tenantId, DayRows.BOUNDARY, day))
                .put(YixinTable.SK, "B#" + r.subjectId() + "#" + r.id())
                .put("subjectId", r.subjectId())
                .put("recordId", r.id())
                .put(YixinTable.TTL, day.plusDays(BOUNDARY_KEEP_DAYS).atStartOfDay(CreditRecord.CHINA).toEpochSecond())
                .build()).toList();
    }

    /**
     * A dishonesty record's row under its penalty date (R-11.2): the publication-end sweep finds the records whose
     * maximum period ends today by asking for the penalty dates that end today under the policy then in force, so the
     * row stays right when a configuration version changes the periods. Kept past the longest allowed period.
     */
    static List<Map<String, AttributeValue>> penaltyItems(String tenantId, CreditRecord r) {
        LocalDate penalty = Publication.penaltyDate(r);
        if (!Publication.isDishonesty(r) || penalty == null) {
            return List.of();
        }
        return List.of(new Attr.Item()
                .put(YixinTable.PK, YixinTable.dayPk(tenantId, DayRows.PENALTY, penalty))
                .put(YixinTable.SK, "B#" + r.subjectId() + "#" + r.id())
                .put("subjectId", r.subjectId())
                .put("recordId", r.id())
                .put(YixinTable.TTL, penalty.plusYears(11).atStartOfDay(CreditRecord.CHINA).toEpochSecond())
                .build());
    }

    static ArchiveEntry entry(Map<String, AttributeValue> item) {
        BasisDocument basis = item.containsKey("basisKind")
                ? new BasisDocument(enumOf(item, "basisKind", BasisKind.class), str(item, "basisNumber"),
                date(item, "basisDate"), str(item, "basisIssuer"))
                : null;
        CreditRecord r = new CreditRecord(str(item, "recordId"), str(item, "subjectId"),
                enumOf(item, "category", InfoCategory.class), enumOf(item, "polarity", Polarity.class),
                enumOf(item, "severity", Severity.class), str(item, "indicator"), str(item, "summary"), basis,
                date(item, "effectiveFrom"), date(item, "effectiveTo"), str(item, "source"),
                str(item, "recordedBy"), instant(item, "recordedAt"), str(item, "supersedes"), flag(item, "voided"));
        return new ArchiveEntry(num(item, "sequence"), r, str(item, "hash"));
    }

    static Map<String, AttributeValue> historyItem(String tenantId, String subjectId, GradeChange c) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(tenantId, subjectId))
                .put(YixinTable.SK, "H#" + YixinTable.seq(c.sequence()))
                .put("sequence", c.sequence())
                .put("grade", c.grade())
                .put("score", c.score())
                .put("configVersion", c.configVersion())
                .put("cause", c.cause())
                .put("causeRecordId", c.causeRecordId())
                .put("at", c.at())
                .build();
    }

    static GradeChange history(Map<String, AttributeValue> item) {
        return new GradeChange(num(item, "sequence"), str(item, "grade"), int32(item, "score"),
                int32(item, "configVersion"), str(item, "cause"), str(item, "causeRecordId"), instant(item, "at"));
    }

    static Map<String, AttributeValue> linkItem(String tenantId, String owner, SubjectLink l) {
        String other = owner.equals(l.personId()) ? l.institutionId() : l.personId();
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(tenantId, owner))
                .put(YixinTable.SK, "L#" + l.relation().name() + "#" + other)
                .put("personId", l.personId())
                .put("institutionId", l.institutionId())
                .put("relation", l.relation())
                .put("since", l.since())
                .put("recordedBy", l.recordedBy())
                .build();
    }

    static SubjectLink link(Map<String, AttributeValue> item) {
        return new SubjectLink(str(item, "personId"), enumOf(item, "relation", SubjectLink.Relation.class),
                str(item, "institutionId"), instant(item, "since"), str(item, "recordedBy"));
    }

    static Map<String, AttributeValue> idempotencyItem(IdempotentResponse r, Instant now) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.tenantPrefix(r.tenantId()) + "IDEM#" + r.key())
                .put(YixinTable.SK, "IDEM")
                .put("state", "COMPLETE")
                .put("operation", r.operation())
                .put("requestHash", r.requestHash())
                .put("status", r.status())
                .put("body", r.body())
                // Kept 24 hours: long enough for any client retry, short enough to cost nothing (TTL deletes it).
                .put(YixinTable.TTL, now.plusSeconds(24 * 3600).getEpochSecond())
                .build();
    }
}
