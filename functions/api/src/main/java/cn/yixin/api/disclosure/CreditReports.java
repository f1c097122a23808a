package cn.yixin.api.disclosure;

import cn.yixin.api.credit.CreditArchive;
import cn.yixin.api.credit.CreditSubjects;
import cn.yixin.api.credit.SubjectView;
import cn.yixin.api.credit.SubjectViews;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.measure.SubjectMeasures;
import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.repair.CreditRepairs;
import cn.yixin.api.repair.RepairView;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.disclosure.CreditReport;
import cn.yixin.domain.disclosure.ReportCode;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.IssuedReport;
import cn.yixin.store.ReportRepository;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issues credit reports (000 §4(3) "评价结果以信用报告方式发布", R-5.8: the subject may query its own) and verifies
 * them. A report states the subject's standing as stored now (the daily sweep keeps it current, issue 12.2), every
 * record in effect with its indicator, points and basis, repairs, publication states, measures and grade history.
 * The PDF's digest and the facts a verifier may hear are stored under the report's code; verifying is one read
 * ({@link ReportVerification}, which holds no identifier keys).
 */
@Singleton
public class CreditReports {

    /** A report as handed out: its bytes and what was stored about it. */
    public record Issued(byte[] pdf, IssuedReport stored) {
    }

    private final CreditSubjects subjects;
    private final SubjectViews views;
    private final CreditArchive archive;
    private final CreditRepairs repairs;
    private final SubjectMeasures measures;
    private final TenantDirectory tenants;
    private final ReportRepository reports;
    private final IdentifierProtector protector;
    private final Clock clock;

    public CreditReports(CreditSubjects subjects, SubjectViews views, CreditArchive archive, CreditRepairs repairs,
                         SubjectMeasures measures, TenantDirectory tenants, ReportRepository reports,
                        IdentifierProtector protector, Clock clock) {
        this.subjects = subjects;
        this.views = views;
        this.archive = archive;
        this.repairs = repairs;
        this.measures = measures;
        this.tenants = tenants;
        this.reports = reports;
        this.protector = protector;
        this.clock = clock;
    }

    /**
     * Issues a report now. Under an Idempotency-Key the code is a keyed hash of the caller, the subject and the key,
     * and the PDF is kept with it: a retry (or a racing twin) answers the very same bytes; another caller's same key
     * names another report.
     */
    public Issued issue(Caller caller, String subjectId, String idempotencyKey) {
        Subject s = subjects.find(caller, subjectId); // the subject itself or its tenant's staff
        String tenant = caller.tenant();
        String code = idempotencyKey == null ? ReportCode.next(tenant) : ReportCode.derived(tenant, protector.lookupHash(
                tenant, "credit-report\n" + Idempotency.callerScope(caller) + "\n" + s.id() + "\n" + idempotencyKey));
        if (idempotencyKey != null) {
            Optional<Issued> kept = kept(tenant, code, s.id());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        CreditReport report = compose(caller, s, code);
        byte[] pdf = ReportPdf.render(report);
        IssuedReport stored = new IssuedReport(report.code(), tenant, s.id(), sha256(pdf), report.bureau(),
                s.displayName(), s.kind().nameZh(), report.grade().grade(), report.grade().gradeName(),
                report.grade().score(), report.grade().configVersion(), report.asOf(), report.issuedAt(),
                idempotencyKey != null && pdf.length <= MAX_KEPT_BYTES ? pdf : null);
        if (!reports.addIfAbsent(stored)) {
            // Keyed: a twin with the same key won, answer its report. Random: 100 bits never collide; a fault.
            return kept(tenant, code, s.id()).orElseThrow(() -> new IllegalStateException("report code collision"));
        }
        return new Issued(pdf, stored);
    }

    /** DynamoDB's item limit is 400 KB: a larger PDF (hundreds of records) is not kept, and a retry issues anew. */
    static final int MAX_KEPT_BYTES = 300_000;

    private Optional<Issued> kept(String tenant, String code, String subjectId) {
        return reports.find(tenant, code).filter(r -> r.subjectId().equals(subjectId) && r.keptPdf() != null)
                .map(r -> new Issued(r.keptPdf(), r));
    }

    CreditReport compose(Caller caller, Subject s, String code) {
        Instant now = clock.instant();
        SubjectView view = views.of(s, caller);
        Standing st = s.standing();
        Map<String, CreditRecord> byId = new HashMap<>();
        Set<String> superseded = new HashSet<>();
        for (ArchiveEntry e : archive.entries(caller, s.id())) {
            byId.put(e.record().id(), e.record());
            if (e.record().supersedes() != null) {
                superseded.add(e.record().supersedes());
            }
        }
        List<CreditReport.RecordLine> lines = new ArrayList<>();
        for (Standing.Line l : st.explanation()) {
            CreditRecord r = byId.get(l.recordId());
            if (r == null || superseded.contains(r.id()) || !r.inEffectOn(st.asOf())) {
                continue; // only what is in effect on the day the report states
            }
            lines.add(new CreditReport.RecordLine(r.id(), l.indicatorName(), l.points(), ReportWords.polarity(r),
                    ReportWords.severity(r), r.summary(), ReportWords.basis(r), r.effectiveFrom(), r.effectiveTo(),
                    ReportWords.note(l.note())));
        }
        List<CreditReport.RepairLine> repairLines = repairs.listForSubject(caller, s.id()).stream()
                .map(CreditReports::repairLine).toList();
        List<CreditReport.PublicationLine> publications = repairs.publications(caller, s.id()).stream()
                .map(p -> new CreditReport.PublicationLine(p.summary(), ReportWords.publication(p.state()),
                        p.penaltyDate(), p.maximumEnds())).toList();
        List<CreditReport.MeasureLine> measureLines = measures.of(caller, s.id()).measures().stream()
                .map(m -> new CreditReport.MeasureLine(m.measure().name(), m.measure().typeName(),
                        m.measure().basis(), m.reasonZh())).toList();
        List<GradeChange> changes = subjects.history(caller, s.id());
        List<CreditReport.HistoryLine> history = changes.stream()
                .map(h -> new CreditReport.HistoryLine(h.at(), h.grade(), h.score(), h.configVersion(),
                        ReportWords.cause(h.cause()))).toList();
        CreditReport.Party party = new CreditReport.Party(s.id(), view.name(), s.kind().nameZh(),
                s.kind().isInstitution() ? "统一社会信用代码" : "居民身份证号码", view.identifier(),
                view.practitionerCode());
        CreditReport.Grade grade = new CreditReport.Grade(st.grade(), st.gradeName(), st.score(), st.scheme(),
                st.method(), st.lowestGradeOverride(), st.configVersion());
        return new CreditReport(code, caller.tenant(), tenants.current(caller.tenant()).config().name(), st.asOf(),
                now, party, grade, lines, repairLines, measureLines, publications, history);
    }

    private static CreditReport.RepairLine repairLine(RepairView r) {
        String effect = switch (r.status()) {
            case "REPAIRED" -> "原失信信息已修复，不再计入信用评价，停止公开"
                    + (r.regraded() ? "，已重新评价。" : r.regradeOn() != null ? "，自 " + r.regradeOn() + " 起重新评价。" : "。")
                    + (r.punishmentsEndedOn() != null ? "相关惩戒措施于 " + r.punishmentsEndedOn() + " 解除。" : "");
            case "PUBLICISING" -> "拟修复公示中" + (r.publicityEndsOn() != null ? "，公示至 " + r.publicityEndsOn() : "")
                    + "；公示期满无异议的予以修复。";
            case "REFUSED" -> "不予修复，原信息继续有效。";
            default -> "审查中，原信息继续有效。";
        };
        return new CreditReport.RepairLine(r.number(), r.recordSummary(), r.statusZh(), r.repairedOn(), effect);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
