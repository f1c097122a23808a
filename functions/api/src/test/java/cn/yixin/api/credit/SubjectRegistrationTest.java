package cn.yixin.api.credit;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** subject kinds per tenant; identifiers checked, never stored or shown in clear but to their owner. */
class SubjectRegistrationTest {

    static ApiUnderTest api;
    static String officer;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        officer = TestIdentity.bureau("500119", "bureau_officer");
    }

    @Test
    @DisplayName("R-2.2: a wrong check character in a unified social credit code or resident ID is 400 naming the field")
    void checkCharacters() {
        Response uscc = api.post("/subjects", officer, Map.of("kind", "DESIGNATED_HOSPITAL", "name", "医院",
                "identifier", Identifiers.withWrongCheck(Identifiers.uscc())));
        assertEquals(400, uscc.status());
        assertEquals("INVALID_USCC", uscc.str("code"));
        assertEquals("identifier", uscc.str("field"));
        Response id = api.post("/subjects", officer, Map.of("kind", "DOCTOR", "name", "张医生",
                "identifier", Identifiers.withWrongCheck(Identifiers.residentId())));
        assertEquals(400, id.status());
        assertEquals("INVALID_RESIDENT_ID", id.str("code"));
        assertEquals("identifier", id.str("field"));
        // An institution's code given for a person is refused by the person's rule.
        Response swapped = api.post("/subjects", officer, Map.of("kind", "DOCTOR", "name", "张医生",
                "identifier", Identifiers.uscc()));
        assertEquals("INVALID_RESIDENT_ID", swapped.str("code"));
    }

    @Test
    @DisplayName("R-2.1: a kind the tenant does not rate is refused (Qinhuangdao rates no doctors)")
    void kindNotEnabled() {
        Response r = api.post("/subjects", TestIdentity.bureau("130300", "bureau_officer"), Map.of("kind", "DOCTOR",
                "name", "张医生", "identifier", Identifiers.residentId()));
        assertEquals(400, r.status());
        assertEquals("SUBJECT_KIND_NOT_ENABLED", r.str("code"));
    }

    @Test
    @DisplayName("R-2.2: personal identifiers and names are not in the table in clear; lookup by identifier still works")
    void identifiersNotStoredInClear() {
        String idNumber = Identifiers.residentId();
        Response r = api.post("/subjects", officer, Map.of("kind", "INSURED_PERSON", "name", "欧阳明月",
                "identifier", idNumber));
        assertEquals(201, r.status());
        String subjectId = r.str("subjectId");
        assertNotEquals(idNumber, r.str("identifier"), "bureau staff see the identifier masked");
        assertTrue(r.str("identifier").contains("*"));
        assertEquals("欧*", r.str("name").substring(0, 2));

        // Every attribute of every item in the table: the clear identifier and name appear nowhere.
        List<Map<String, AttributeValue>> items = api.dynamo().scan(ScanRequest.builder().tableName("yixin").build()).items();
        String everything = items.toString();
        assertFalse(everything.contains(idNumber), "resident ID stored in clear");
        assertFalse(everything.contains("欧阳明月"), "person's name stored in clear");

        Response found = api.post("/subjects/search", officer, Map.of("kind", "INSURED_PERSON", "identifier", idNumber));
        assertEquals(200, found.status());
        assertEquals(subjectId, found.str("subjectId"));
        // Lowercase x and surrounding spaces are the same identifier.
        Response again = api.post("/subjects/search", officer, Map.of("kind", "INSURED_PERSON",
                "identifier", " " + idNumber.toLowerCase() + " "));
        assertEquals(subjectId, again.str("subjectId"));

        // The subject itself sees its own identifier and name in clear.
        Response own = api.get("/me", TestIdentity.subject("500119", subjectId));
        assertEquals(idNumber, own.str("subject.identifier"));
        assertEquals("欧阳明月", own.str("subject.name"));
    }

    @Test
    @DisplayName("R-2.2 / issue 10.8: a practising code is a personal identifier: never in the table in clear, masked "
            + "to every staff role, in clear only to the subject itself; bad ones are refused without echoing them")
    void practitionerCodeProtected() {
        String code = "1105" + (100000000L + Math.floorMod(System.nanoTime(), 899999999L));
        Response r = api.post("/subjects", officer, Map.of("kind", "DOCTOR", "name", "司马医生",
                "identifier", Identifiers.residentId(), "practitionerCode", code));
        assertEquals(201, r.status(), r::toString);
        String subjectId = r.str("subjectId");
        assertEquals(code.substring(0, 3) + "*".repeat(code.length() - 5) + code.substring(code.length() - 2),
                r.str("practitionerCode"), "the registering officer sees it masked");
        for (String role : List.of("bureau_officer", "bureau_admin", "bureau_reviewer", "auditor")) {
            Response staff = api.get("/subjects/" + subjectId, TestIdentity.bureau("500119", role));
            assertEquals(200, staff.status(), staff::toString);
            assertFalse(staff.body().contains(code), role + " sees the practising code in clear");
            assertTrue(staff.str("subject.practitionerCode").contains("*"), staff::toString);
        }
        String everything = api.dynamo().scan(ScanRequest.builder().tableName("yixin").build()).items().toString();
        assertFalse(everything.contains(code), "practising code stored in clear");
        Response own = api.get("/me", TestIdentity.subject("500119", subjectId));
        assertEquals(code, own.str("subject.practitionerCode"), "the subject itself sees it in clear");

        String bad = "执业" + code;
        Response refused = api.post("/subjects", officer, Map.of("kind", "DOCTOR", "name", "欧阳医生",
                "identifier", Identifiers.residentId(), "practitionerCode", bad));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("INVALID_PRACTITIONER_CODE", refused.str("code"));
        assertEquals("practitionerCode", refused.str("field"));
        assertFalse(refused.body().contains(code), "the refusal does not echo the value");
        Response institution = api.post("/subjects", officer, Map.of("kind", "DESIGNATED_HOSPITAL", "name", "医院",
                "identifier", Identifiers.uscc(), "practitionerCode", code));
        assertEquals(400, institution.status(), institution::toString);
        assertEquals("PRACTITIONER_CODE_FOR_INDIVIDUALS", institution.str("code"));
    }

    @Test
    @DisplayName("R-2.2: the same identifier registers once per tenant (409 naming the existing subject), and once in each tenant")
    void duplicateIdentifier() {
        String code = Identifiers.uscc();
        Map<String, Object> body = Map.of("kind", "DESIGNATED_PHARMACY", "name", "药店", "identifier", code);
        Response first = api.post("/subjects", officer, body);
        assertEquals(201, first.status());
        Response second = api.post("/subjects", officer, body);
        assertEquals(409, second.status());
        assertEquals("SUBJECT_EXISTS", second.str("code"));
        assertEquals(first.str("subjectId"), second.str("details.existingSubjectId"));
        // Another region registers the same pharmacy independently (R-1.3: no cross-tenant join).
        assertEquals(201, api.post("/subjects", TestIdentity.bureau("500000", "bureau_officer"), body).status());
    }

    @Test
    @DisplayName("Every POST takes an Idempotency-Key: a retry gets the first answer, a different body with the same key is refused")
    void idempotentRegistration() {
        Map<String, Object> body = Map.of("kind", "DESIGNATED_HOSPITAL", "name", "幂等测试医院", "identifier", Identifiers.uscc());
        String key = "reg-" + System.nanoTime();
        Response first = api.request("POST", "/subjects").token(officer).header("Idempotency-Key", key).json(body).send();
        Response retry = api.request("POST", "/subjects").token(officer).header("Idempotency-Key", key).json(body).send();
        assertEquals(201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.str("subjectId"), retry.str("subjectId"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        Map<String, Object> other = Map.of("kind", "DESIGNATED_HOSPITAL", "name", "另一家", "identifier", Identifiers.uscc());
        Response misuse = api.request("POST", "/subjects").token(officer).header("Idempotency-Key", key).json(other).send();
        assertEquals(422, misuse.status());
        assertEquals("IDEMPOTENCY_KEY_REUSED", misuse.str("code"));
    }

    @Test
    @DisplayName("Subjects list by kind and grade, a page at a time")
    void listByKindAndGrade() {
        String tenant = "500000";
        for (int i = 0; i < 3; i++) {
            Fixtures.register(api, tenant, "DESIGNATED_PHARMACY", "分页药店" + i);
        }
        String auditor = TestIdentity.bureau(tenant, "auditor");
        Response page1 = api.get("/subjects?kind=DESIGNATED_PHARMACY&grade=B&limit=2", auditor);
        assertEquals(200, page1.status());
        assertEquals(2, ((List<?>) page1.at("items")).size());
        String cursor = page1.str("nextCursor");
        Response page2 = api.get("/subjects?kind=DESIGNATED_PHARMACY&grade=B&limit=2&cursor=" + cursor, auditor);
        assertEquals(200, page2.status());
        assertFalse(page2.body().contains(page1.str("items.0.subjectId")));
        assertTrue(((List<?>) page2.at("items")).size() >= 1);
        assertEquals(0, ((List<?>) api.get("/subjects?kind=DESIGNATED_PHARMACY&grade=E", auditor).at("items")).size());
        // A cursor of another query, or garbage, is a clear 400.
        Response bad = api.get("/subjects?kind=INSURED_EMPLOYER&cursor=" + cursor, auditor);
        assertEquals(400, bad.status());
        assertEquals("INVALID_CURSOR", bad.str("code"));
        Response badKind = api.get("/subjects?kind=SPACESHIP", auditor);
        assertEquals(400, badKind.status());
        assertEquals("kind", badKind.str("field"));
        assertNull(api.get("/subjects?kind=DESIGNATED_PHARMACY&grade=E", auditor).at("nextCursor"));
    }
}
