package cn.yixin.api.notification;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.SubjectRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** notices: written once per event to the website inbox, read by the subject; phone numbers protected. */
class NotifierTest {

    static final ApiUnderTest api = ApiUnderTest.shared();

    @Test
    @DisplayName("R-5.7: the same event notified twice lands once in the inbox; the subject reads it over the API")
    void oncePerEvent() {
        String phone = "13912345678";
        Response reg = api.post("/subjects", TestIdentity.bureau("500119", "bureau_officer"), Map.of(
                "kind", "DESIGNATED_HOSPITAL", "name", "告知测试医院", "identifier", Identifiers.uscc(), "phone", phone));
        assertEquals(201, reg.status(), reg::toString);
        String id = reg.str("subjectId");
        var subject = api.context().getBean(SubjectRepository.class).find("500119", id).orElseThrow();
        assertEquals("139****5678", subject.phone().masked());
        Notifier notifier = api.context().getBean(Notifier.class);
        Notice n = new Notice(Notice.idFor("TEST", id), "500119", id, "TEST_NOTICE", "测试告知书", "正文",
                LocalDate.of(2026, 12, 7), "REF-1", Instant.now());
        assertTrue(notifier.notify(subject, n));
        assertFalse(notifier.notify(subject, n), "the second time is a no-op");
        Response mine = api.get("/me/notices", TestIdentity.subject("500119", id));
        assertEquals(200, mine.status());
        assertEquals(1, ((List<?>) mine.list()).size());
        assertEquals("测试告知书", mine.str("0.titleZh"));
        assertEquals("2026-12-07", mine.str("0.deadline"));
        assertEquals(1, api.get("/subjects/" + id + "/notices", TestIdentity.bureau("500119", "auditor")).list().size());
        assertEquals(404, api.get("/subjects/" + id + "/notices", TestIdentity.bureau("500000", "auditor")).status());
        String table = api.dynamo().scan(ScanRequest.builder().tableName("yixin").build()).items().toString();
        assertFalse(table.contains(phone), "phone number stored in clear");
    }

    @Test
    @DisplayName("A phone number that is not a mainland mobile number is refused at registration")
    void badPhone() {
        Response r = api.post("/subjects", TestIdentity.bureau("500119", "bureau_officer"), Map.of(
                "kind", "DESIGNATED_HOSPITAL", "name", "号码测试医院", "identifier", Identifiers.uscc(), "phone", "12345"));
        assertEquals(400, r.status());
        assertEquals("INVALID_MOBILE_NUMBER", r.str("code"));
        assertEquals("phone", r.str("field"));
    }
}
