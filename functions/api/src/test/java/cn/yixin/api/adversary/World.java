package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.adversary.Call.Who;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The world the adversarial suites attack: one API instance of their own (its own DynamoDB Local engine, every tenant
 * onboarded), and for every operation in {@link OperationCatalog} a scenario that builds a fresh, valid call by a
 * caller who may make it. {@link #SCENARIOS} must name every catalogued operation ({@code ScenarioCoverageTest}), so a
 * new operation is attacked by every suite as soon as its scenario exists, and the build fails until it does.
 *
 * <p>Nanchuan (500119, parent Chongqing 500000) holds the subjects and objections; Guangdong (440000) the repairs,
 * whose rules let a 2025 penalty be repaired in late 2026; Sichuan (510000) is the intruding tenant.
 */
final class World {

    static final String NC = "500119";
    static final String CQ = "500000";
    static final String GD = "440000";
    static final String INTRUDER = "510000";
    /** Where suites that legitimately write as "the same roles in another tenant" write (Hebei), so Sichuan stays clean. */
    static final String OTHER_WRITER = "130000";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static World world;

    final ApiUnderTest api;
    final JsonMapper json;
    private final AtomicInteger serial = new AtomicInteger();
    /** The far years LoadCalendarYear loads, one after another (60 before any repeats). */
    private final AtomicInteger calendarYears = new AtomicInteger();
    private final Map<String, Function<World, Call>> scenarios;

    private World() {
        // The sweep probe of the sweep suite would fail a tenant on purpose; this world sweeps for real.
        api = ApiUnderTest.fresh(Map.of("yixin.test.probe-sweep", false), "test");
        api.onboardAll();
        json = api.context().getBean(JsonMapper.class);
        scenarios = scenarios();
    }

    static synchronized World get() {
        if (world == null) {
            world = new World();
        }
        return world;
    }

    /** A fresh valid call of the named operation (its preconditions made anew each time). */
    Call fresh(String operation) {
        Function<World, Call> s = scenarios.get(operation);
        if (s == null) {
            throw new IllegalStateException("no scenario for " + operation);
        }
        return s.apply(this);
    }

    Set<String> scenarioNames() {
        return new TreeSet<>(scenarios.keySet());
    }

    static OperationCatalog.Operation op(String name) {
        return OperationCatalog.byName(name).orElseThrow(() -> new IllegalStateException("not catalogued: " + name));
    }

    String key(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + serial.incrementAndGet();
    }

    String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ preconditions

    String hospital(String tenant) {
        return Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "对抗测试医院" + serial.incrementAndGet());
    }

    String doctor(String tenant) {
        return Fixtures.register(api, tenant, "DOCTOR", "对抗测试医师");
    }

    String penalty(String tenant, String subject, LocalDate on) {
        return Fixtures.record(api, tenant, subject, Fixtures.negative("ADMINISTRATIVE", "SERIOUS", on)).str("recordId");
    }

    String upload(String tenant, String subject) {
        Response r = api.request("POST", "/subjects/" + subject + "/attachments")
                .token(TestIdentity.subject(tenant, subject)).header("X-File-Name", "evidence.pdf")
                .bytes("application/pdf", PDF).send();
        assertEquals(201, r.status(), r::toString);
        return r.str("attachmentId");
    }

    /** {subject, record, case}: a filed objection of a Nanchuan hospital against its own penalty. */
    String[] filedCase() {
        String s = hospital(NC);
        String rec = penalty(NC, s, Fixtures.today());
        Response r = api.post("/subjects/" + s + "/objections", TestIdentity.subject(NC, s), objection(rec));
        assertEquals(201, r.status(), r::toString);
        return new String[]{s, rec, r.str("caseId")};
    }

    String[] acceptedCase() {
        String[] c = filedCase();
        Response r = api.request("POST", "/subjects/" + c[0] + "/objections/" + c[2] + "/acceptance")
                .token(TestIdentity.bureau(NC, "bureau_reviewer")).send();
        assertEquals(200, r.status(), r::toString);
        return c;
    }

    String[] decidedCase() {
        String[] c = acceptedCase();
        Response r = api.post("/subjects/" + c[0] + "/objections/" + c[2] + "/decision",
                TestIdentity.bureau(NC, "bureau_reviewer"), Map.of("outcome", "MAINTAINED", "reasons", "原记录事实清楚"));
        assertEquals(200, r.status(), r::toString);
        return c;
    }

    String[] caseUnderReview() {
        String[] c = decidedCase();
        Response r = api.post("/subjects/" + c[0] + "/objections/" + c[2] + "/review-requests",
                TestIdentity.subject(NC, c[0]), Map.of("statement", "不服处理决定，请上级复核"));
        assertEquals(200, r.status(), r::toString);
        return c;
    }

    Map<String, Object> objection(String recordId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", "RECORD");
        m.put("targetId", recordId);
        m.put("ground", "INCONSISTENT_WITH_FACTS");
        m.put("statement", "处罚决定所列违规事实与本院实际情况不符。");
        m.put("attachments", List.of());
        return m;
    }

    /** {subject, record, repair, version}: a Guangdong hospital's submitted repair of a 2025 penalty. */
    String[] submittedRepair() {
        String s = hospital(GD);
        String rec = penalty(GD, s, LocalDate.of(2025, 6, 1));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordId", rec);
        body.put("rectification", "已全额退回违规使用的医保基金并完成整改，建立内部稽核制度。");
        body.put("commitment", true);
        body.put("attachments", List.of(upload(GD, s)));
        Response r = api.post("/subjects/" + s + "/repairs", TestIdentity.subject(GD, s), body);
        assertEquals(201, r.status(), r::toString);
        return new String[]{s, rec, r.str("repairId"), String.valueOf(r.at("version"))};
    }

    /** {subject, record, repair, version, publicity}: a repair under publicity. */
    String[] publicisedRepair() {
        String[] a = submittedRepair();
        Response r = api.request("POST", "/subjects/" + a[0] + "/repairs/" + a[2] + "/decisions")
                .token(TestIdentity.bureau(GD, "bureau_reviewer")).header("If-Match", a[3])
                .json(Map.of("decision", "INTEND_TO_REPAIR", "reasons", "整改到位，符合修复条件")).send();
        assertEquals(200, r.status(), r::toString);
        return new String[]{a[0], a[1], a[2], String.valueOf(r.at("version")), r.str("publicityId")};
    }

    /** {subject, record, repair, version, publicity, objection}. */
    String[] repairWithPublicObjection() {
        String[] p = publicisedRepair();
        Response r = api.request("POST", "/public/repair-publicity/" + p[4] + "/objections")
                .json(Map.of("text", "该医院整改后仍有同类违规，请核实。")).send();
        assertEquals(201, r.status(), r::toString);
        return new String[]{p[0], p[1], p[2], p[3], p[4], r.str("objectionId")};
    }

    String document(String tenant, String subject) {
        Response r = api.get("/subjects/" + subject + "/documents", TestIdentity.bureau(tenant, "auditor"));
        assertEquals(200, r.status(), r::toString);
        Object first = r.at("0.documentId");
        assertTrue(first != null, () -> "no document for " + subject + ": " + r);
        return first.toString();
    }

    String tenantFile(String id, String parent) {
        try {
            String doc = Files.readString(ApiUnderTest.repoRoot().resolve("tenants/500119.yaml"));
            return doc.replaceFirst("(?m)^id: .*$", "id: \"" + id + "\"")
                    .replaceFirst("(?m)^parent: .*$", "parent: \"" + parent + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tenant code no tenant file uses (Chongqing's district range 5001xx, from 500150 up). */
    String freshTenantCode() {
        return String.valueOf(500150 + serial.incrementAndGet() % 800);
    }

    // ------------------------------------------------------------------ one scenario per catalogued operation

    private static Map<String, Function<World, Call>> scenarios() {
        Map<String, Function<World, Call>> m = new LinkedHashMap<>();
        Who officer = Who.staff(NC, "bureau_officer");
        Who admin = Who.staff(NC, "bureau_admin");
        Who reviewer = Who.staff(NC, "bureau_reviewer");
        Who auditor = Who.staff(NC, "auditor");
        Who gdReviewer = Who.staff(GD, "bureau_reviewer");

        // Platform.
        m.put("OnboardTenant", w -> Call.of(op("OnboardTenant"), "/platform/tenants", Who.operator())
                .body("application/yaml", w.tenantFile(w.freshTenantCode(), CQ)));
        m.put("ListTenants", w -> Call.of(op("ListTenants"), "/platform/tenants", Who.operator()));
        m.put("ReadTenantConfig", w -> Call.of(op("ReadTenantConfig"), "/platform/tenants/" + NC + "/config", Who.operator()));
        m.put("UpdateTenantConfig", w -> Call.of(op("UpdateTenantConfig"), "/platform/tenants/" + NC + "/config",
                Who.operator()).header("If-Match", "999").body("application/yaml", w.tenantFile(NC, CQ)));
        m.put("ListCalendars", w -> Call.of(op("ListCalendars"), "/platform/calendars", Who.operator()));
        m.put("ReadCalendarYear", w -> Call.of(op("ReadCalendarYear"), "/platform/calendars/cn-mainland/years/2026",
                Who.operator()));
        // A far year of its own each time (a first load takes no If-Match), so no deadline of the world moves.
        m.put("LoadCalendarYear", w -> {
            int year = 2040 + w.calendarYears.getAndIncrement() % 60;   // its own counter: other scenarios' serials do not shift it
            return Call.of(op("LoadCalendarYear"), "/platform/calendars/cn-mainland/years/" + year, Who.operator())
                    .header("X-Change-Reason", "对抗测试载入")
                    .json("{\"source\":\"国务院办公厅关于" + year + "年部分节假日安排的通知\",\"holidays\":[{\"date\":\""
                            + year + "-01-01\",\"name\":\"元旦\"}],\"makeUpWorkdays\":[]}");
        });
        m.put("RunDailySweep", w -> Call.of(op("RunDailySweep"), "/platform/sweeps", Who.operator()));

        // Foundation.
        m.put("ReadOwnTenantConfig", w -> Call.of(op("ReadOwnTenantConfig"), "/config", officer));
        // Results application (issue 13).
        m.put("ListMeasures", w -> Call.of(op("ListMeasures"), "/measures", officer));
        m.put("ReadSubjectMeasures", w -> {
            String s = w.hospital(NC);
            return Call.of(op("ReadSubjectMeasures"), "/subjects/" + s + "/measures", Who.subject(NC, s));
        });
        m.put("ListMeasureSubjects", w -> {
            w.hospital(NC);
            return Call.of(op("ListMeasureSubjects"), "/measures/NC_INSTITUTION_INCENTIVE/subjects", auditor);
        });
        // Disclosure (issue 17): the credit report, and its public verification by the code printed on it.
        m.put("DownloadCreditReport", w -> {
            String s = w.hospital(NC);
            return Call.of(op("DownloadCreditReport"), "/subjects/" + s + "/reports", Who.subject(NC, s))
                    .header("Accept", "application/pdf");
        });
        m.put("VerifyCreditReport", w -> Call.of(op("VerifyCreditReport"), "/public/reports/" + w.issuedReport(),
                Who.anonymous()));
        m.put("GrantConsent", w -> {
            String s = w.hospital(NC);
            return Call.of(op("GrantConsent"), "/subjects/" + s + "/consents", Who.subject(NC, s))
                    .json("{\"grantee\":\"对抗测试银行\",\"part\":\"GRADE\",\"until\":\""
                            + Fixtures.today().plusDays(30) + "\"}");
        });
        m.put("RevokeConsent", w -> {
            String[] c = w.consent();
            return Call.of(op("RevokeConsent"), "/subjects/" + c[0] + "/consents/" + c[1] + "/revocation",
                    Who.subject(NC, c[0]));
        });
        m.put("ListConsents", w -> {
            String[] c = w.consent();
            return Call.of(op("ListConsents"), "/subjects/" + c[0] + "/consents", Who.subject(NC, c[0]));
        });
        m.put("QueryWithConsent", w -> {
            String[] c = w.consent();
            return Call.of(op("QueryWithConsent"), "/public/consent-queries", Who.anonymous())
                    .header("X-Consent-Token", c[2]).json("{\"subjectId\":\"" + c[0] + "\"}");
        });
        m.put("ReadHonourRoll", w -> Call.of(op("ReadHonourRoll"),
                "/public/tenants/" + NC + "/honour-roll?kind=DESIGNATED_HOSPITAL", Who.anonymous()));
        m.put("ReadDishonestyList", w -> Call.of(op("ReadDishonestyList"),
                "/public/tenants/" + NC + "/dishonesty-list?kind=DESIGNATED_HOSPITAL", Who.anonymous()));
        m.put("ComputeDeadline", w -> Call.of(op("ComputeDeadline"),
                "/calendar/deadlines?from=2026-09-30&timeline=OBJECTION_FILING", officer));
        m.put("RegisterSubject", w -> Call.of(op("RegisterSubject"), "/subjects", officer).json(w.toJson(Map.of(
                "kind", "DESIGNATED_HOSPITAL", "name", "对抗登记医院", "identifier", Identifiers.uscc()))));
        m.put("ListSubjects", w -> Call.of(op("ListSubjects"), "/subjects?kind=DESIGNATED_HOSPITAL&limit=5", officer));
        m.put("FindSubjectByIdentifier", w -> {
            String identifier = Identifiers.uscc();
            Response r = w.api.post("/subjects", TestIdentity.bureau(NC, "bureau_officer"),
                    Map.of("kind", "DESIGNATED_HOSPITAL", "name", "对抗查找医院", "identifier", identifier));
            assertEquals(201, r.status(), r::toString);
            return Call.of(op("FindSubjectByIdentifier"), "/subjects/search", officer)
                    .json(w.toJson(Map.of("kind", "DESIGNATED_HOSPITAL", "identifier", identifier)));
        });
        m.put("ReadProfile", w -> {
            String s = w.hospital(NC);
            return Call.of(op("ReadProfile"), "/subjects/" + s, Who.subject(NC, s));
        });
        m.put("ReadMyProfile", w -> Call.of(op("ReadMyProfile"), "/me", Who.subject(NC, w.hospital(NC))));
        m.put("ReadArchive", w -> {
            String s = w.hospital(NC);
            w.penalty(NC, s, Fixtures.today());
            return Call.of(op("ReadArchive"), "/subjects/" + s + "/records", Who.subject(NC, s));
        });
        m.put("RecordCreditInformation", w -> Call.of(op("RecordCreditInformation"),
                "/subjects/" + w.hospital(NC) + "/records", officer)
                .json(w.toJson(Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today().minusDays(3)))));
        m.put("CorrectCreditRecord", w -> {
            String s = w.hospital(NC);
            String r = w.penalty(NC, s, Fixtures.today());
            return Call.of(op("CorrectCreditRecord"), "/subjects/" + s + "/records/" + r + "/corrections", officer)
                    .json(w.toJson(Map.of("reason", "处罚决定已撤销", "withdraw", true)));
        });
        m.put("ImportCreditRecords", w -> Call.of(op("ImportCreditRecords"), "/records/imports", officer)
                .body("text/csv", "subjectId,category,polarity,summary,effectiveFrom,source,sourceRef\n"
                        + w.hospital(NC) + ",HONOUR,POSITIVE,区级诚信表彰," + Fixtures.today().minusDays(2)
                        + ",BUREAU," + w.key("BZ") + "\n"));
        m.put("LinkSubjects", w -> Call.of(op("LinkSubjects"), "/subjects/" + w.doctor(NC) + "/links", officer)
                .json(w.toJson(Map.of("relation", "PRACTISES_AT", "institutionId", w.hospital(NC)))));
        m.put("ListLinks", w -> {
            String s = w.hospital(NC);
            return Call.of(op("ListLinks"), "/subjects/" + s + "/links", Who.subject(NC, s));
        });
        m.put("SignCommitment", w -> {
            String s = w.hospital(NC);
            return Call.of(op("SignCommitment"), "/subjects/" + s + "/commitments", Who.subject(NC, s))
                    .json("{\"template\":\"DESIGNATION\",\"channel\":\"ONLINE\"}");
        });
        m.put("RecordCommitmentOutcome", w -> {
            String s = w.hospital(NC);
            Response signed = w.api.post("/subjects/" + s + "/commitments", TestIdentity.subject(NC, s),
                    Map.of("template", "DESIGNATION", "channel", "ONLINE"));
            assertEquals(201, signed.status(), signed::toString);
            return Call.of(op("RecordCommitmentOutcome"), "/subjects/" + s + "/commitments/DESIGNATION/outcomes", officer)
                    .json(w.toJson(Map.of("outcome", "FULFILLED", "summary", "按承诺履约",
                            "effectiveFrom", Fixtures.today().minusDays(1).toString())));
        });
        m.put("ListNotices", w -> {
            String s = w.hospital(NC);
            return Call.of(op("ListNotices"), "/subjects/" + s + "/notices", Who.subject(NC, s));
        });
        m.put("ReadMyNotices", w -> Call.of(op("ReadMyNotices"), "/me/notices", Who.subject(NC, w.hospital(NC))));
        m.put("UploadAttachment", w -> {
            String s = w.hospital(NC);
            return Call.of(op("UploadAttachment"), "/subjects/" + s + "/attachments", Who.subject(NC, s))
                    .header("X-File-Name", "evidence.pdf")
                    .body("application/pdf", new String(PDF, StandardCharsets.ISO_8859_1));
        });
        m.put("DownloadAttachment", w -> {
            String s = w.hospital(NC);
            return Call.of(op("DownloadAttachment"), "/subjects/" + s + "/attachments/" + w.upload(NC, s), Who.subject(NC, s));
        });
        m.put("ListDocuments", w -> {
            String s = w.filedCase()[0];
            return Call.of(op("ListDocuments"), "/subjects/" + s + "/documents", Who.subject(NC, s));
        });
        m.put("DownloadDocument", w -> {
            String s = w.filedCase()[0];
            return Call.of(op("DownloadDocument"), "/subjects/" + s + "/documents/" + w.document(NC, s), Who.subject(NC, s));
        });

        // Objections and the parent's review.
        m.put("FileObjection", w -> {
            String s = w.hospital(NC);
            String rec = w.penalty(NC, s, Fixtures.today());
            return Call.of(op("FileObjection"), "/subjects/" + s + "/objections", Who.subject(NC, s))
                    .json(w.toJson(w.objection(rec)));
        });
        m.put("ListSubjectObjections", w -> {
            String s = w.filedCase()[0];
            return Call.of(op("ListSubjectObjections"), "/subjects/" + s + "/objections", Who.subject(NC, s));
        });
        m.put("ReadObjection", w -> {
            String[] c = w.filedCase();
            return Call.of(op("ReadObjection"), "/subjects/" + c[0] + "/objections/" + c[2], Who.subject(NC, c[0]));
        });
        m.put("ListObjections", w -> Call.of(op("ListObjections"), "/objections", reviewer));
        m.put("AcceptObjection", w -> {
            String[] c = w.filedCase();
            return Call.of(op("AcceptObjection"), "/subjects/" + c[0] + "/objections/" + c[2] + "/acceptance", reviewer);
        });
        m.put("DecideObjection", w -> {
            String[] c = w.acceptedCase();
            return Call.of(op("DecideObjection"), "/subjects/" + c[0] + "/objections/" + c[2] + "/decision", reviewer)
                    .json("{\"outcome\":\"MAINTAINED\",\"reasons\":\"原记录事实清楚\"}");
        });
        m.put("RequestObjectionReview", w -> {
            String[] c = w.decidedCase();
            return Call.of(op("RequestObjectionReview"), "/subjects/" + c[0] + "/objections/" + c[2] + "/review-requests",
                    Who.subject(NC, c[0])).json("{\"statement\":\"不服处理决定\"}");
        });
        m.put("ListReviews", w -> Call.of(op("ListReviews"), "/reviews", Who.staff(CQ, "bureau_reviewer")));
        m.put("ReadReview", w -> Call.of(op("ReadReview"), "/reviews/" + w.caseUnderReview()[2],
                Who.staff(CQ, "bureau_reviewer")));
        m.put("DecideReview", w -> Call.of(op("DecideReview"), "/reviews/" + w.caseUnderReview()[2] + "/decision",
                Who.staff(CQ, "bureau_reviewer")).json("{\"outcome\":\"MAINTAINED\",\"reasons\":\"原处理决定认定事实清楚\"}"));

        // Evaluation.
        m.put("RecordSubjectFacts", w -> Call.of(op("RecordSubjectFacts"), "/subjects/" + w.hospital(NC) + "/facts", officer)
                .json("{\"agreement\":{\"status\":\"ACTIVE\"}}"));
        m.put("ReadSubjectFacts", w -> Call.of(op("ReadSubjectFacts"), "/subjects/" + w.hospital(NC) + "/facts", officer));
        m.put("StartEvaluationRun", w -> Call.of(op("StartEvaluationRun"), "/cycles/2024/runs", officer)
                .json("{\"kind\":\"DESIGNATED_PHARMACY\"}"));
        m.put("ReadEvaluationProgress", w -> Call.of(op("ReadEvaluationProgress"), "/cycles/2024/runs", officer));
        m.put("PublishDueResults", w -> Call.of(op("PublishDueResults"), "/cycles/2024/publications", officer));
        m.put("ListCycleResults", w -> Call.of(op("ListCycleResults"), "/cycles/2024/results?kind=DESIGNATED_PHARMACY", officer));
        m.put("ReadCycleStatistics", w -> Call.of(op("ReadCycleStatistics"), "/cycles/2024/statistics", officer));
        m.put("ReadSubjectResults", w -> {
            String s = w.hospital(NC);
            return Call.of(op("ReadSubjectResults"), "/subjects/" + s + "/results", Who.subject(NC, s));
        });
        m.put("ReviseResult", w -> Call.of(op("ReviseResult"), "/subjects/" + w.hospital(NC) + "/results/2024/revisions",
                officer).json("{\"cause\":\"CORRECTION\",\"reason\":\"更正后复核\",\"basis\":\"南医保〔2026〕1号\"}"));
        m.put("EvaluateWhatIf", w -> Call.of(op("EvaluateWhatIf"), "/cycles/what-if", admin).json("{\"configVersion\":1}"));

        // Repair (Guangdong).
        m.put("ApplyForRepair", w -> {
            String s = w.hospital(GD);
            String rec = w.penalty(GD, s, LocalDate.of(2025, 6, 1));
            return Call.of(op("ApplyForRepair"), "/subjects/" + s + "/repairs", Who.subject(GD, s)).json(w.toJson(Map.of(
                    "recordId", rec, "rectification", "已全额退回违规使用的医保基金并完成整改。", "commitment", true,
                    "attachments", List.of(w.upload(GD, s)))));
        });
        m.put("ListSubjectRepairs", w -> {
            String s = w.submittedRepair()[0];
            return Call.of(op("ListSubjectRepairs"), "/subjects/" + s + "/repairs", Who.subject(GD, s));
        });
        m.put("ReadRepair", w -> {
            String[] a = w.submittedRepair();
            return Call.of(op("ReadRepair"), "/subjects/" + a[0] + "/repairs/" + a[2], Who.subject(GD, a[0]));
        });
        m.put("ListRepairs", w -> Call.of(op("ListRepairs"), "/repairs?status=SUBMITTED", gdReviewer));
        m.put("DecideRepair", w -> {
            String[] a = w.submittedRepair();
            return Call.of(op("DecideRepair"), "/subjects/" + a[0] + "/repairs/" + a[2] + "/decisions", gdReviewer)
                    .header("If-Match", a[3]).json("{\"decision\":\"INTEND_TO_REPAIR\",\"reasons\":\"整改到位，符合修复条件\"}");
        });
        m.put("RuleOnRepairObjection", w -> {
            String[] o = w.repairWithPublicObjection();
            return Call.of(op("RuleOnRepairObjection"), "/subjects/" + o[0] + "/repairs/" + o[2] + "/objections/" + o[5]
                    + "/rulings", gdReviewer).json("{\"upheld\":false,\"reasons\":\"所称行为发生在整改前\"}");
        });
        m.put("ExecuteRepair", w -> {
            String[] p = w.publicisedRepair();
            return Call.of(op("ExecuteRepair"), "/subjects/" + p[0] + "/repairs/" + p[2] + "/executions", gdReviewer);
        });
        m.put("RecordRepairFalseMaterials", w -> {
            String[] a = w.submittedRepair();
            return Call.of(op("RecordRepairFalseMaterials"), "/subjects/" + a[0] + "/repairs/" + a[2] + "/false-materials",
                    gdReviewer).json("{\"summary\":\"整改材料中的退款凭证系伪造\"}");
        });
        m.put("ListPublications", w -> {
            String s = w.hospital(NC);
            w.penalty(NC, s, Fixtures.today());
            return Call.of(op("ListPublications"), "/subjects/" + s + "/publications", Who.subject(NC, s));
        });
        m.put("ReadRepairPublicity", w -> Call.of(op("ReadRepairPublicity"),
                "/public/repair-publicity/" + w.publicisedRepair()[4], Who.anonymous()));
        m.put("ObjectToRepair", w -> Call.of(op("ObjectToRepair"),
                "/public/repair-publicity/" + w.publicisedRepair()[4] + "/objections", Who.anonymous())
                .json("{\"text\":\"该医院整改后仍有同类违规，请核实。\"}"));

        // Monitoring and early warning (issue 15).
        m.put("ListWarnings", w -> Call.of(op("ListWarnings"), "/warnings", officer));
        m.put("ListSubjectWarnings", w -> {
            String[] warned = w.openWarning();
            return Call.of(op("ListSubjectWarnings"), "/subjects/" + warned[0] + "/warnings", officer);
        });
        m.put("ReviewWarning", w -> {
            String[] warned = w.openWarning();
            return Call.of(op("ReviewWarning"), "/subjects/" + warned[0] + "/warnings/" + warned[1] + "/review", reviewer)
                    .json("{\"outcome\":\"CONFIRMED\",\"reasons\":\"经核实，违背承诺属实\"}");
        });
        m.put("ListKeyMonitoring", w -> Call.of(op("ListKeyMonitoring"), "/monitoring", officer));
        m.put("ReadSubjectMonitoring", w -> Call.of(op("ReadSubjectMonitoring"),
                "/subjects/" + w.hospital(NC) + "/monitoring", officer));
        m.put("EndKeyMonitoring", w -> {
            String[] warned = w.openWarning();
            Response confirmed = w.api.post("/subjects/" + warned[0] + "/warnings/" + warned[1] + "/review",
                    TestIdentity.bureau(NC, "bureau_reviewer"), Map.of("outcome", "CONFIRMED", "reasons", "违背承诺属实"));
            assertEquals(200, confirmed.status(), confirmed::toString);
            return Call.of(op("EndKeyMonitoring"), "/subjects/" + warned[0] + "/monitoring/end", reviewer)
                    .json("{\"reasons\":\"整改到位，风险消除\"}");
        });
        m.put("ReadMonitoringStatistics", w -> Call.of(op("ReadMonitoringStatistics"),
                "/monitoring/statistics?from=" + Fixtures.today().minusMonths(2) + "&to=" + Fixtures.today(), officer));
        m.put("ReadMonitoringChart", w -> Call.of(op("ReadMonitoringChart"),
                "/monitoring/statistics/chart?from=" + Fixtures.today().minusMonths(2) + "&to=" + Fixtures.today(), officer));

        // Random inspections (issue 13, R-7.2).
        m.put("RegisterInspector", w -> Call.of(op("RegisterInspector"), "/inspectors", admin)
                .json(w.toJson(Map.of("code", w.key("INS"), "name", "对抗检查员", "linkedSubjectIds", List.of()))));
        m.put("ListInspectors", w -> Call.of(op("ListInspectors"), "/inspectors", auditor));
        m.put("CreateInspectionPlan", w -> Call.of(op("CreateInspectionPlan"), "/inspection-plans", admin)
                .json(w.toJson(w.inspectionPlanBody())));
        m.put("ListInspectionPlans", w -> Call.of(op("ListInspectionPlans"), "/inspection-plans", auditor));
        m.put("DrawInspection", w -> Call.of(op("DrawInspection"),
                "/inspection-plans/" + w.inspectionPlan() + "/draws", admin).json("{}"));
        m.put("ReadInspectionDraw", w -> Call.of(op("ReadInspectionDraw"),
                "/inspection-draws/" + w.inspectionDraw()[0], auditor));
        m.put("RecordInspectionOutcome", w -> {
            String[] d = w.inspectionDraw();
            return Call.of(op("RecordInspectionOutcome"), "/inspection-draws/" + d[0] + "/checks/" + d[1] + "/outcome",
                    officer).json(w.toJson(Map.of("result", "NO_ISSUE", "inspectedOn", Fixtures.today().toString(),
                    "summary", "未发现问题")));
        });
        m.put("ReadPublicInspectionDraw", w -> Call.of(op("ReadPublicInspectionDraw"),
                "/public/inspection-draws/" + w.inspectionDraw()[0], Who.anonymous()));
        // Supervision item list (issue 13, R-7.5).
        m.put("PublishSupervisionItems", w -> Call.of(op("PublishSupervisionItems"), "/supervision-items", admin)
                .json(w.toJson(w.supervisionChange())));
        m.put("ListSupervisionReports", w -> Call.of(op("ListSupervisionReports"), "/supervision-items/reports", auditor));
        m.put("RecordSupervisionReport", w -> {
            Response v = w.api.post("/supervision-items", TestIdentity.bureau(NC, "bureau_admin"), w.supervisionChange());
            assertEquals(201, v.status(), v::toString);
            return Call.of(op("RecordSupervisionReport"), "/supervision-items/" + v.at("version") + "/report", officer)
                    .json(w.toJson(Map.of("reportedOn", Fixtures.today().toString(), "reference", "南医保〔2026〕1号")));
        });
        m.put("ReadPublicSupervisionItems", w -> Call.of(op("ReadPublicSupervisionItems"),
                "/public/supervision-items/" + NC, Who.anonymous()));
        // Payment-eligibility points (issue 16, R-11.1), in Guangdong's tenant (Nanchuan has rules too; Sichuan none).
        Who gdOfficer = Who.staff(GD, "bureau_officer");
        m.put("RecordPoints", w -> Call.of(op("RecordPoints"), "/eligibility/points", gdOfficer)
                .json(w.toJson(w.pointsBody(cn.yixin.api.testing.Identifiers.residentId(), 2))));
        m.put("ListLedgers", w -> Call.of(op("ListLedgers"), "/eligibility/ledgers", gdOfficer));
        m.put("ReadLedger", w -> Call.of(op("ReadLedger"), "/eligibility/ledgers/" + w.scoredPerson()[1], gdOfficer));
        m.put("WithdrawPoints", w -> {
            String[] p = w.scoredPerson();
            return Call.of(op("WithdrawPoints"), "/eligibility/ledgers/" + p[1] + "/acts/" + p[2] + "/withdrawal", gdReviewer)
                    .json("{\"reasons\":\"异议成立，原处罚决定已撤销\",\"reference\":\"粤医保异〔2026〕1号\"}");
        });
        m.put("CheckEligibility", w -> Call.of(op("CheckEligibility"), "/eligibility/status-checks", gdOfficer)
                .json(w.toJson(Map.of("identifier", w.scoredPerson()[0]))));
        // Procurement credit rating (issue 16, R-11.3), in Shenzhen's tenant (it rates pharmaceutical companies).
        m.put("RecordProcurementCase", w -> Call.of(op("RecordProcurementCase"),
                "/subjects/" + w.pharmaCompany() + "/procurement-cases", Who.staff(SZ, "bureau_officer"))
                .json(w.toJson(w.procurementCase("10000"))));
        m.put("ListProcurementCases", w -> {
            String[] c = w.procurementCaseOf();
            return Call.of(op("ListProcurementCases"), "/subjects/" + c[0] + "/procurement-cases", Who.subject(SZ, c[0]));
        });
        m.put("ClearProcurementCase", w -> {
            String[] c = w.procurementCaseOf();
            return Call.of(op("ClearProcurementCase"), "/subjects/" + c[0] + "/procurement-cases/" + c[1] + "/clearance",
                    Who.staff(SZ, "bureau_reviewer")).json("{\"reasons\":\"已退还回扣并完成整改\"}");
        });
        return m;
    }

    // ------------------------------------------------------------------ issue 16 preconditions

    static final String SZ = "440300";

    Map<String, Object> pointsBody(String identifier, int points) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("identifier", identifier);
        m.put("itemCode", "FALSE_RECORDS");
        m.put("responsibility", "GENERAL");
        m.put("points", points);
        m.put("actDate", Fixtures.today().minusDays(10).toString());
        m.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "粤医保罚〔2026〕" + serial.incrementAndGet() + "号",
                "date", Fixtures.today().minusDays(1).toString(), "issuer", "广东省医疗保障局"));
        return m;
    }

    /** The verification code of a credit report just issued to a Nanchuan hospital (issue 17). */
    String issuedReport() {
        String s = hospital(NC);
        Response r = api.request("POST", "/subjects/" + s + "/reports").token(TestIdentity.subject(NC, s))
                .header("Accept", "application/pdf").send();
        assertEquals(201, r.status(), r::toString);
        return r.header("X-Report-Code");
    }

    /** {subject, consentId, token}: a Nanchuan hospital's consent to a bank for its grade and score (004 §21). */
    String[] consent() {
        String s = hospital(NC);
        Response r = api.post("/subjects/" + s + "/consents", TestIdentity.subject(NC, s), Map.of("grantee", "对抗测试银行",
                "part", "GRADE_AND_SCORE", "until", Fixtures.today().plusDays(30).toString()));
        assertEquals(201, r.status(), r::toString);
        return new String[]{s, r.str("consent.consentId"), r.str("token")};
    }

    /** The next version of Nanchuan's supervision item list, based on the latest (read now). */
    Map<String, Object> supervisionChange() {
        Response r = api.get("/supervision-items/reports", TestIdentity.bureau(NC, "auditor"));
        assertEquals(200, r.status(), r::toString);
        int latest = ((List<?>) r.at("versions")).size();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("basedOnVersion", latest);
        body.put("items", List.of(Map.of("powerType", "ADMINISTRATIVE_INSPECTION", "name", "医疗保险稽核"),
                Map.of("powerType", "ADMINISTRATIVE_PENALTY", "name", "对欺诈骗保行为的行政处罚" + serial.incrementAndGet())));
        body.put("changeNote", "依据市局最新清单调整");
        return body;
    }

    // ------------------------------------------------------------------ random inspections (issue 13)

    Map<String, Object> inspectionPlanBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "对抗测试双随机抽查计划");
        body.put("subjectKinds", List.of("DESIGNATED_HOSPITAL"));
        body.put("periodFrom", Fixtures.today().withDayOfYear(1).toString());
        body.put("periodTo", Fixtures.today().withDayOfYear(1).plusYears(1).minusDays(1).toString());
        body.put("basePercent", 100);
        body.put("inspectorsPerCheck", 1);
        return body;
    }

    /** A fresh Nanchuan plan over hospitals at 100 %, with an inspector of its own on the roster. */
    String inspectionPlan() {
        Response inspector = api.post("/inspectors", TestIdentity.bureau(NC, "bureau_admin"),
                Map.of("code", key("INS"), "name", "对抗检查员", "linkedSubjectIds", List.of()));
        assertEquals(201, inspector.status(), inspector::toString);
        Response plan = api.post("/inspection-plans", TestIdentity.bureau(NC, "bureau_admin"), inspectionPlanBody());
        assertEquals(201, plan.status(), plan::toString);
        return plan.str("planId");
    }

    /**
     * {draw, subject}: a fresh draw of a fresh plan and a subject it drew (Nanchuan samples A/B institutions at 50 %
     * of the base, so two more hospitals make at least one check).
     */
    String[] inspectionDraw() {
        hospital(NC);
        hospital(NC);
        String plan = inspectionPlan();
        Response d = api.post("/inspection-plans/" + plan + "/draws", TestIdentity.bureau(NC, "bureau_admin"), Map.of());
        assertEquals(201, d.status(), d::toString);
        Response read = api.get("/inspection-draws/" + d.str("drawId"), TestIdentity.bureau(NC, "auditor"));
        assertEquals(200, read.status(), read::toString);
        return new String[]{d.str("drawId"), read.str("checks.0.subjectId")};
    }

    /** {identifier, ledger, act}: a Guangdong practitioner with one scored act. */
    String[] scoredPerson() {
        String id = cn.yixin.api.testing.Identifiers.residentId();
        Response r = api.post("/eligibility/points", TestIdentity.bureau(GD, "bureau_officer"), pointsBody(id, 3));
        assertEquals(201, r.status(), r::toString);
        return new String[]{id, r.str("ledgerId"), r.str("acts.0.actId")};
    }

    String pharmaCompany() {
        return Fixtures.register(api, SZ, "PHARMA_COMPANY", "对抗测试药企" + serial.incrementAndGet());
    }

    Map<String, Object> procurementCase(String amount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conduct", "KICKBACK");
        m.put("amount", amount);
        m.put("actDate", Fixtures.today().minusDays(30).toString());
        m.put("basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "深医保罚〔2026〕" + serial.incrementAndGet() + "号",
                "date", Fixtures.today().minusDays(2).toString(), "issuer", "深圳市医疗保障局"));
        m.put("products", List.of("阿莫西林胶囊"));
        return m;
    }

    /** {company, case}: a Shenzhen company with a 失信 (lowest-level) case, clearable at once. */
    String[] procurementCaseOf() {
        String company = pharmaCompany();
        Response r = api.post("/subjects/" + company + "/procurement-cases", TestIdentity.bureau(SZ, "bureau_officer"),
                procurementCase("10000"));
        assertEquals(201, r.status(), r::toString);
        return new String[]{company, r.str("caseId")};
    }

    /** {subject, warning}: a Nanchuan hospital that broke its signed commitment, with the open warning it raised. */
    String[] openWarning() {
        String s = hospital(NC);
        Response signed = api.post("/subjects/" + s + "/commitments", TestIdentity.subject(NC, s),
                Map.of("template", "DESIGNATION", "channel", "ONLINE"));
        assertEquals(201, signed.status(), signed::toString);
        LocalDate day = Fixtures.today().minusDays(1);
        Response breach = api.post("/subjects/" + s + "/commitments/DESIGNATION/outcomes",
                TestIdentity.bureau(NC, "bureau_officer"), Map.of("outcome", "BREACHED", "summary", "未按承诺整改",
                        "effectiveFrom", day.toString(), "basis", Map.of("kind", "ADMINISTRATIVE_PENALTY",
                                "number", "南医保罚〔2026〕" + serial.incrementAndGet() + "号", "date", day.toString(),
                                "issuer", "重庆市南川区医疗保障局")));
        assertEquals(201, breach.status(), breach::toString);
        Response warnings = api.get("/subjects/" + s + "/warnings", TestIdentity.bureau(NC, "bureau_officer"));
        assertEquals(200, warnings.status(), warnings::toString);
        return new String[]{s, warnings.str("0.warningId")};
    }
}
