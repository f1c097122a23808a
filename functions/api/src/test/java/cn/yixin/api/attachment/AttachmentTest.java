package cn.yixin.api.attachment;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Evidence attachments (R-6.2 supporting materials, R-9.2 proof of rectification): type, size, owner, hash. */
class AttachmentTest {

    static ApiUnderTest api;
    static String subject;
    static String self;
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
        subject = Fixtures.register(api, "440300", "DESIGNATED_PHARMACY", "附件测试药店");
        self = TestIdentity.subject("440300", subject);
    }

    private static Response upload(String token, String type, byte[] body) {
        return api.request("POST", "/subjects/" + subject + "/attachments").token(token)
                .header("X-File-Name", "%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf").bytes(type, body).send();
    }

    @Test
    @DisplayName("R-6.2: a subject uploads a PDF; its SHA-256 is recorded and the download returns the same bytes")
    void uploadAndDownload() throws Exception {
        Response up = upload(self, "application/pdf", PDF);
        assertEquals(201, up.status(), up::toString);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertEquals(expected, up.str("sha256"));
        assertEquals("整改报告.pdf", up.str("fileName"));
        Response down = api.get("/subjects/" + subject + "/attachments/" + up.str("attachmentId"),
                TestIdentity.bureau("440300", "bureau_reviewer"));
        assertEquals(200, down.status(), down::toString);
        assertArrayEquals(PDF, down.bytes());
        assertEquals(expected, down.header("X-Content-SHA256"));
    }

    @Test
    @DisplayName("Wrong type, content not matching its type, empty and oversized attachments are refused with clear codes")
    void badAttachments() {
        assertEquals("ATTACHMENT_TYPE_NOT_ALLOWED", upload(self, "application/x-msdownload", PDF).str("code"));
        assertEquals("ATTACHMENT_CONTENT_MISMATCH", upload(self, "image/png", PDF).str("code"));
        byte[] big = Arrays.copyOf(PDF, Attachments.MAX_BYTES + 10);
        Response tooBig = upload(self, "application/pdf", big);
        assertEquals(400, tooBig.status());
        assertEquals("BODY_TOO_LARGE", tooBig.str("code"));
        byte[] justOver = Arrays.copyOf(PDF, Attachments.MAX_BYTES + 1);
        assertEquals(400, upload(self, "application/pdf", justOver).status());
    }

    @Test
    @DisplayName("R-1.3: another subject, or another tenant, cannot read or upload to this subject's attachments")
    void ownership() {
        Response up = upload(self, "application/pdf", PDF);
        String other = Fixtures.register(api, "440300", "DESIGNATED_PHARMACY", "另一药店");
        String path = "/subjects/" + subject + "/attachments/" + up.str("attachmentId");
        assertEquals(404, api.get(path, TestIdentity.subject("440300", other)).status());
        assertEquals(404, api.get(path, TestIdentity.bureau("440000", "bureau_reviewer")).status());
        assertEquals(404, api.get("/subjects/" + other + "/attachments/" + up.str("attachmentId"),
                TestIdentity.bureau("440300", "bureau_reviewer")).str("code").equals("ATTACHMENT_NOT_FOUND") ? 404 : 0);
        assertEquals(404, upload(TestIdentity.subject("440300", other), "application/pdf", PDF).status());
    }
}
