package cn.yixin.api.objection;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps the objection suites share: a subject with a negative record, evidence, a filed case. */
final class ObjectionTestSupport {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private ObjectionTestSupport() {
    }

    /** A hospital with one serious negative record; returns {subjectId, recordId}. */
    static String[] hospitalWithPenalty(ApiUnderTest api, String tenant, String source) {
        String s = Fixtures.register(api, tenant, "DESIGNATED_HOSPITAL", "异议测试医院");
        Map<String, Object> body = new LinkedHashMap<>(Fixtures.negative("ADMINISTRATIVE", "SERIOUS", Fixtures.today()));
        if (source != null) {
            body.put("source", source);
        }
        Response r = Fixtures.record(api, tenant, s, body);
        return new String[]{s, r.str("recordId")};
    }

    static String upload(ApiUnderTest api, String tenant, String subjectId) {
        Response r = api.request("POST", "/subjects/" + subjectId + "/attachments")
                .token(TestIdentity.subject(tenant, subjectId)).header("X-File-Name", "evidence.pdf")
                .bytes("application/pdf", PDF).send();
        assertEquals(201, r.status(), r::toString);
        return r.str("attachmentId");
    }

    static Map<String, Object> objection(String recordId, List<String> attachments) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", "RECORD");
        m.put("targetId", recordId);
        m.put("ground", "INCONSISTENT_WITH_FACTS");
        m.put("statement", "处罚决定所列违规事实与本院实际情况不符，已附情况说明。");
        m.put("attachments", attachments);
        return m;
    }

    static Response file(ApiUnderTest api, String tenant, String subjectId, Map<String, Object> body) {
        return api.post("/subjects/" + subjectId + "/objections", TestIdentity.subject(tenant, subjectId), body);
    }

    static String fileOk(ApiUnderTest api, String tenant, String subjectId, String recordId) {
        Response r = file(api, tenant, subjectId, objection(recordId, List.of()));
        assertEquals(201, r.status(), r::toString);
        return r.str("caseId");
    }

    static Response accept(ApiUnderTest api, String tenant, String subjectId, String caseId) {
        return api.request("POST", "/subjects/" + subjectId + "/objections/" + caseId + "/acceptance")
                .token(TestIdentity.bureau(tenant, "bureau_reviewer")).send();
    }

    static Response decide(ApiUnderTest api, String token, String subjectId, String caseId, Map<String, Object> body) {
        return api.post("/subjects/" + subjectId + "/objections/" + caseId + "/decision", token, body);
    }

    static Map<String, Object> withdraw(String reasons) {
        return Map.of("outcome", "CORRECTED", "reasons", reasons, "correction", Map.of("withdraw", true));
    }

    static Map<String, Object> maintain(String reasons) {
        return Map.of("outcome", "MAINTAINED", "reasons", reasons);
    }

    static int cases(ApiUnderTest api, String tenant, String subjectId) {
        return api.get("/subjects/" + subjectId + "/objections", TestIdentity.bureau(tenant, "auditor")).list().size();
    }
}
