package cn.yixin.api.disclosure;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static cn.yixin.api.testing.Fixtures.negative;
import static cn.yixin.api.testing.Fixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17: the credit report (000 §4(3), R-5.8) as a PDF through the real payload-2.0 handler, and its verification. */
class CreditReportTest {

    static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.shared();
    }

    record Registered(String id, String identifier) {
    }

    static Registered register(String tenant, String kind, String name) {
        String identifier = kind.equals("INSURED_PERSON") || kind.equals("DOCTOR") ? Identifiers.residentId() : Identifiers.uscc();
        Response r = api.post("/subjects", TestIdentity.bureau(tenant, "bureau_officer"),
                Map.of("kind", kind, "name", name, "identifier", identifier));
        assertEquals(201, r.status(), r::toString);
        return new Registered(r.str("subjectId"), identifier);
    }

    static Response report(String subjectId, String token) {
        return api.request("POST", "/subjects/" + subjectId + "/reports").token(token)
                .header("Accept", "application/pdf").send();
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    @DisplayName("000 §4(3), R-5.8: the subject downloads its credit report, an A4 PDF in Chinese with grade, score, version, every record in effect with indicator, points and basis, measures and history")
    void subjectDownloadsItsReport() throws Exception {
        Registered h = register("440300", "DESIGNATED_HOSPITAL", "信用报告测试医院");
        Map<String, Object> act = negative("ADMINISTRATIVE", "GENERAL", today().minusDays(3));
        String basisNumber = (String) ((Map<?, ?>) act.get("basis")).get("number");
        Fixtures.record(api, "440300", h.id(), act);

        Response r = report(h.id(), TestIdentity.subject("440300", h.id()));
        assertEquals(201, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/pdf"), r.header("Content-Type"));
        assertTrue(r.base64(), "a binary body goes base64-encoded in the Lambda response");
        byte[] pdf = r.bytes();
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), r.header("X-Content-SHA256"));
        String code = r.header("X-Report-Code");
        assertTrue(code.matches("R440300(-[0-9A-HJKMNP-TV-Z]{5}){4}"), code);

        Response profile = api.get("/subjects/" + h.id(), TestIdentity.subject("440300", h.id()));
        Map<?, ?> grade = (Map<?, ?>) ((Map<?, ?>) profile.at("subject")).get("grade");
        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((java.util.List<Map<String, Object>>) grade.get("explanation")).get(0);

        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDRectangle box = d.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.5);
            assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.5);
            PDFont font = d.getPage(0).getResources().getFont(d.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font instanceof PDType0Font, font.getClass().getName());
            assertTrue(font.isEmbedded(), "the CJK font is embedded");
            assertTrue(font.getName().matches("[A-Z]{6}\\+YixinReportSans-Regular"), "a subset: " + font.getName());
        }
        String text = text(pdf);
        assertTrue(text.contains("医疗保障信用报告"), text);
        assertTrue(text.contains("出具机构 深圳市医疗保障局"), text);
        assertTrue(text.contains(code), "the verification code is printed");
        assertTrue(text.contains("信用报告测试医院"));
        assertTrue(text.contains(h.identifier()), "the subject itself sees its identifier in clear (R-2.2)");
        assertTrue(text.contains("信用等级 " + grade.get("grade")), text);
        assertTrue(text.contains(grade.get("score") + " 分"), text);
        assertTrue(text.contains("第 " + grade.get("configVersion") + " 版"));
        assertTrue(text.contains((String) line.get("indicatorName")), "the indicator's Chinese name: " + line);
        assertTrue(text.contains(String.valueOf(line.get("points"))), "its points");
        assertTrue(text.replace("\n", "").contains(basisNumber), "its basis document number");
        assertTrue(text.contains("失信·一般"), text);
        assertTrue(text.contains("七、信用等级变动记录") && text.contains("记录信用信息"), "grade history with its cause");
        assertTrue(text.contains("六、适用的激励和惩戒措施"));
        assertTrue(text.contains("第 1 页，共"), "page numbers");
    }

    @Test
    @DisplayName("R-2.2: bureau staff get the report with the identifier masked; another tenant's staff and another subject get nothing")
    void staffSeeMasked() throws Exception {
        Registered p = register("440300", "INSURED_PERSON", "张报告");
        Response staff = report(p.id(), TestIdentity.bureau("440300", "auditor"));
        assertEquals(201, staff.status(), staff::toString);
        String text = text(staff.bytes());
        assertFalse(text.contains(p.identifier()), "masked for staff");
        assertFalse(text.contains("张报告"), "an individual's name is masked for staff");
        assertTrue(text.contains("证件号码已作部分隐藏"), text);

        Response otherTenant = report(p.id(), TestIdentity.bureau("510000", "auditor"));
        assertEquals(404, otherTenant.status(), otherTenant::toString);
        assertTrue(otherTenant.header("Content-Type").startsWith("application/problem+json"), otherTenant::toString);
        Registered other = register("440300", "INSURED_PERSON", "李报告");
        Response otherSubject = report(p.id(), TestIdentity.subject("440300", other.id()));
        assertNotEquals(200, otherSubject.status());
        assertTrue(otherSubject.header("Content-Type").startsWith("application/problem+json"), otherSubject::toString);
        assertFalse(otherSubject.body().contains(p.identifier()));
    }

    @Test
    @DisplayName("issue 17: the public verification answers whether a report is genuine and what it states, without a token; forged or other-tenant codes reveal nothing")
    void publicVerification() throws Exception {
        Registered p = register("440300", "INSURED_PERSON", "王核验");
        Response r = report(p.id(), TestIdentity.subject("440300", p.id()));
        assertEquals(201, r.status(), r::toString);
        String code = r.header("X-Report-Code");

        Response v = api.get("/public/reports/" + code, null);
        assertEquals(200, v.status(), v::toString);
        assertEquals(Boolean.TRUE, v.at("genuine"));
        assertEquals("440300", v.str("tenant"));
        assertEquals("深圳市医疗保障局", v.str("bureau"));
        assertEquals(r.header("X-Content-SHA256"), v.str("sha256"), "the digest of the file as issued");
        assertEquals(today().toString(), v.str("issuedOn"));
        assertFalse(v.body().contains("王核验"), "the name is masked");
        assertFalse(v.body().contains(p.identifier()));
        assertFalse(v.body().contains(p.id()), "not even the subject id");
        assertNull(v.at("score"), "no score: only what identifies the report");
        assertTrue(text(r.bytes()).contains(v.str("grade")), "it states the grade the PDF states");

        // The same random part under another tenant, a flipped character, and nonsense: not found, nothing else.
        String otherTenant = "R510000" + code.substring(7);
        char last = code.charAt(code.length() - 1);
        String flipped = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        for (String bad : new String[]{otherTenant, flipped, "R999999" + code.substring(7), "nonsense", "R440300"}) {
            Response no = api.get("/public/reports/" + bad, null);
            assertEquals(404, no.status(), bad + ": " + no);
            assertEquals("REPORT_NOT_FOUND", no.str("code"));
            assertTrue(no.header("Content-Type").startsWith("application/problem+json"));
            assertFalse(no.body().contains("440300") && !bad.contains("440300"), no.body());
        }
    }

    @Test
    @DisplayName("issue 17: page 1 of a report renders (written to target/report-page1.png for a person to look at)")
    void renders() throws Exception {
        Registered h = register("440000", "DESIGNATED_HOSPITAL", "广东省渲染测试人民医院");
        Fixtures.record(api, "440000", h.id(), negative("ADMINISTRATIVE", "GENERAL", today().minusDays(5)));
        Fixtures.record(api, "440000", h.id(), Fixtures.positive("HONOUR", today().minusDays(2)));
        Response r = report(h.id(), TestIdentity.subject("440000", h.id()));
        assertEquals(201, r.status(), r::toString);
        Files.write(Path.of("target/report-sample.pdf"), r.bytes());
        try (PDDocument d = Loader.loadPDF(r.bytes())) {
            BufferedImage page = new PDFRenderer(d).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", Path.of("target/report-page1.png").toFile());
            int dark = 0;
            for (int yy = 0; yy < page.getHeight(); yy += 3) {
                for (int xx = 0; xx < page.getWidth(); xx += 3) {
                    if ((page.getRGB(xx, yy) & 0xff) < 128) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 2000, "glyphs were drawn: " + dark);
        }
    }
}
