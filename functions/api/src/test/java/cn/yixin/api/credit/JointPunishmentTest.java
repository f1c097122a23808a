package cn.yixin.api.credit;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.List;
import java.util.Map;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-7.4 (004 §29): an organisation's serious-dishonesty listing is recorded on its responsible persons' own credit. */
class JointPunishmentTest {

    static final String T = "500119";
    static ApiUnderTest api;
    static String officer;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        officer = TestIdentity.bureau(T, "bureau_officer");
    }

    private static String person(String name, String residentId) {
        Response r = api.post("/subjects", officer, Map.of("kind", "DOCTOR", "name", name, "identifier", residentId));
        assertEquals(201, r.status(), r::toString);
        return r.str("subjectId");
    }

    private static void link(String person, String relation, String institution) {
        Response r = api.post("/subjects/" + person + "/links", officer,
                Map.of("relation", relation, "institutionId", institution));
        assertEquals(201, r.status(), r::toString);
    }

    private static String grade(String subject) {
        Response r = api.get("/subjects/" + subject, officer);
        assertEquals(200, r.status(), r::toString);
        return r.str("subject.grade.grade") + "/" + r.at("subject.grade.score");
    }

    /** The person's joint-punishment entries citing {@code listingId}: [records, withdrawals]. */
    private static int[] joint(String person, String listingId) {
        Response archive = api.get("/subjects/" + person + "/records", officer);
        assertEquals(200, archive.status(), archive::toString);
        List<?> entries = (List<?>) archive.at("entries");
        int records = 0;
        int withdrawals = 0;
        String jointId = null;
        for (Object e : entries) {
            Map<?, ?> rec = (Map<?, ?>) ((Map<?, ?>) e).get("record");
            String summary = String.valueOf(rec.get("summary"));
            if (rec.get("supersedes") == null && summary.startsWith("联合惩戒") && summary.contains(listingId)) {
                records++;
                jointId = String.valueOf(rec.get("id"));
            }
        }
        for (Object e : entries) {
            Map<?, ?> rec = (Map<?, ?>) ((Map<?, ?>) e).get("record");
            if (jointId != null && jointId.equals(rec.get("supersedes")) && Boolean.TRUE.equals(rec.get("voided"))) {
                withdrawals++;
            }
        }
        return new int[]{records, withdrawals};
    }

    @Test
    @DisplayName("R-7.4: a listing gives each responsible person one joint record (retry still one); a person linked later is caught up; withdrawal ends them")
    void listingRetryLateLinkWithdrawal() {
        String hospital = Fixtures.register(api, T, "DESIGNATED_HOSPITAL", "联合惩戒测试医院");
        String repId = Identifiers.residentId();
        String legalRep = person("联合惩戒法人", repId);
        String principal = person("联合惩戒负责人", Identifiers.residentId());
        String practitioner = person("联合惩戒执业医师", Identifiers.residentId());
        link(legalRep, "LEGAL_REPRESENTATIVE", hospital);
        link(legalRep, "PRINCIPAL", hospital);
        link(principal, "PRINCIPAL", hospital);
        link(practitioner, "PRACTISES_AT", hospital);

        Map<String, Object> body = new java.util.LinkedHashMap<>(negative("DISHONESTY_LIST", "SERIOUS", today().minusDays(1)));
        body.put("sourceRef", "列入名单-" + hospital);
        String listing = Fixtures.record(api, T, hospital, body).str("recordId");

        assertEquals(1, joint(legalRep, listing)[0], "one record though linked twice");
        assertEquals(1, joint(principal, listing)[0]);
        assertEquals(0, joint(practitioner, listing)[0], "a practitioner does not share the punishment");
        Response rep = api.get("/subjects/" + legalRep + "/records", officer);
        assertTrue(rep.body().contains("OTHER_MISCONDUCT") && rep.body().contains("SERIOUS"), rep::toString);
        assertTrue(rep.body().contains((String) ((Map<?, ?>) body.get("basis")).get("number")), "the listing's basis");
        String baseline = grade(practitioner);
        assertFalse(baseline.equals(grade(legalRep)), "the joint record moves the person's grade");

        // A retry of the listing (same sourceRef): the org's record is already there, and still one per person.
        Response retry = api.post("/subjects/" + hospital + "/records", officer, body);
        assertEquals(409, retry.status(), retry::toString);
        assertEquals(1, joint(legalRep, listing)[0]);
        assertEquals(1, joint(principal, listing)[0]);

        // A person linked later is caught up at link time; linking again with another relation adds nothing.
        String late = person("联合惩戒后补责任人", Identifiers.residentId());
        link(late, "DIRECTLY_RESPONSIBLE", hospital);
        assertEquals(1, joint(late, listing)[0]);
        link(late, "ACTUAL_CONTROLLER", hospital);
        assertEquals(1, joint(late, listing)[0]);

        // Withdrawal of the listing ends every person's record, with the reason.
        Response withdrawn = api.post("/subjects/" + hospital + "/records/" + listing + "/corrections", officer,
                Map.of("reason", "列入名单决定已撤销", "withdraw", true));
        assertEquals(201, withdrawn.status(), withdrawn::toString);
        for (String p : List.of(legalRep, principal, late)) {
            assertEquals(1, joint(p, listing)[1], "withdrawn for " + p);
        }
        assertTrue(api.get("/subjects/" + legalRep + "/records", officer).body().contains("联合惩戒随之终止"));
        assertEquals(baseline, grade(legalRep), "the person's grade recovers");

        // A person linked after the listing ended is not caught up.
        String after = person("联合惩戒撤销后责任人", Identifiers.residentId());
        link(after, "PRINCIPAL", hospital);
        assertEquals(0, joint(after, listing)[0]);

        // the persons' identifiers never in clear in storage.
        api.dynamo().scanPaginator(ScanRequest.builder().tableName("yixin").build()).items()
                .forEach(item -> assertFalse(item.toString().contains(repId), "resident id in clear: " + item.get("pk")));
        assertFalse(api.get("/subjects/" + legalRep + "/records", officer).body().contains(repId));
    }

    @Test
    @DisplayName("R-7.4: a correction that replaces the listing ends the old joint records and starts ones citing the new listing")
    void replacementRestarts() {
        String pharmacy = Fixtures.register(api, T, "DESIGNATED_PHARMACY", "联合惩戒更正药店");
        String rep = person("联合惩戒更正法人", Identifiers.residentId());
        link(rep, "LEGAL_REPRESENTATIVE", pharmacy);
        String listing = Fixtures.record(api, T, pharmacy, negative("DISHONESTY_LIST", "SERIOUS", today().minusDays(2)))
                .str("recordId");
        Response corrected = api.post("/subjects/" + pharmacy + "/records/" + listing + "/corrections", officer,
                Map.of("reason", "文书编号有误", "replacement", negative("DISHONESTY_LIST", "SERIOUS", today().minusDays(2))));
        assertEquals(201, corrected.status(), corrected::toString);
        String replacement = corrected.str("recordId");
        assertEquals(1, joint(rep, listing)[1], "the old joint record withdrawn");
        assertEquals(1, joint(rep, replacement)[0], "a joint record citing the corrected listing");
        assertEquals(0, joint(rep, replacement)[1]);
    }

    @Test
    @DisplayName("R-7.4: a negative record that is not a listing gives the persons nothing")
    void nonListingGivesNothing() {
        String hospital = Fixtures.register(api, T, "DESIGNATED_HOSPITAL", "联合惩戒非名单医院");
        String rep = person("联合惩戒非名单法人", Identifiers.residentId());
        link(rep, "LEGAL_REPRESENTATIVE", hospital);
        Fixtures.record(api, T, hospital, negative("ADMINISTRATIVE", "SERIOUS", today().minusDays(1)));
        Response archive = api.get("/subjects/" + rep + "/records", officer);
        assertEquals(0, ((List<?>) archive.at("entries")).size(), archive::toString);
    }
}
