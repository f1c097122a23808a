package cn.yixin.api.document;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** written documents: issued once, readable by the subject and its bureau only, printable. */
class DocumentsTest {

    static final ApiUnderTest api = ApiUnderTest.shared();

    @Test
    @DisplayName("R-9.3: a document is issued once, listed for the subject, and downloads as HTML, text or JSON")
    void issueAndDownload() {
        String s = Fixtures.register(api, "440000", "DESIGNATED_HOSPITAL", "文书测试医院");
        Documents documents = api.context().getBean(Documents.class);
        WrittenDocument d = new WrittenDocument("DOC-" + s, "440000", s, "TEST_NOTICE", "信用修复决定书",
                "粤医保修〔2026〕1号", List.of("经审核，<同意>修复。", "特此告知。"), "广东省医疗保障局", "CASE-1",
                Instant.parse("2026-11-20T02:00:00Z"));
        documents.issue(d);
        documents.issue(new WrittenDocument(d.documentId(), "440000", s, "TEST_NOTICE", "被改过的标题", null,
                List.of("x"), "某局", null, Instant.now()));
        Response list = api.get("/subjects/" + s + "/documents", TestIdentity.subject("440000", s));
        assertEquals(1, list.list().size(), "issued once");
        assertEquals("信用修复决定书", list.str("0.titleZh"), "never edited");
        Response html = api.request("GET", "/subjects/" + s + "/documents/" + d.documentId())
                .token(TestIdentity.subject("440000", s)).header("accept", "text/html").send();
        assertEquals(200, html.status());
        assertTrue(html.body().contains("<h1>信用修复决定书</h1>"));
        assertTrue(html.body().contains("&lt;同意&gt;"), "content is escaped");
        assertTrue(html.body().contains("2026年11月20日"));
        Response text = api.request("GET", "/subjects/" + s + "/documents/" + d.documentId())
                .token(TestIdentity.bureau("440000", "auditor")).header("accept", "text/plain").send();
        assertTrue(text.body().startsWith("信用修复决定书\n粤医保修〔2026〕1号"));
        assertEquals(404, api.get("/subjects/" + s + "/documents/" + d.documentId(), TestIdentity.bureau("440300", "auditor")).status());
        Response missing = api.get("/subjects/" + s + "/documents/nope", TestIdentity.subject("440000", s));
        assertEquals("DOCUMENT_NOT_FOUND", missing.str("code"));
        assertFalse(html.body().contains("被改过的标题"));
    }
}
