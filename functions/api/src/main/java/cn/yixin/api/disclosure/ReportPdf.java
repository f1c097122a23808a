package cn.yixin.api.disclosure;

import cn.yixin.domain.disclosure.CreditReport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a {@link CreditReport} as an A4 PDF with Apache PDFBox 3 (Apache License 2.0). The one font, "Yixin Report
 * Sans", is a subset of Noto Sans CJK SC (SIL OFL 1.1, resources/fonts/OFL.txt) and PDFBox embeds again only the
 * glyphs a report uses, so every reader shows the same characters and the text can be copied and searched.
 * A character the font lacks prints as □ rather than failing the report.
 */
public final class ReportPdf {

    static final String FONT = "/fonts/YixinReportSans-Regular.ttf";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final float MARGIN = 56.7f;          // 20 mm
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 24;     // room for the footer
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.45f;

    private static volatile byte[] fontBytes;
    private final ConcurrentHashMap<Integer, Boolean> glyphs = new ConcurrentHashMap<>();

    private PDDocument doc;
    private PDType0Font font;
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    private ReportPdf() {
    }

    /** The PDF's bytes. */
    public static byte[] render(CreditReport r) {
        try {
            return new ReportPdf().print(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fontBytes() {
        byte[] b = fontBytes;
        if (b == null) {
            try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + FONT);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fontBytes = b;
        }
        return b;
    }

    private byte[] print(CreditReport r) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            font = PDType0Font.load(d, new java.io.ByteArrayInputStream(fontBytes()), true);
            info(r);
            newPage();
            header(r);
            subject(r);
            grade(r);
            records(r);
            repairs(r);
            publications(r);
            measures(r);
            history(r);
            closing(r);
            out.close();
            footers(r);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            d.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void info(CreditReport r) {
        PDDocumentInformation i = doc.getDocumentInformation();
        i.setTitle("医疗保障信用报告 " + r.code());
        i.setAuthor(r.bureau());
        i.setSubject("信用报告（" + r.subject().name() + "）");
        i.setCreator("Yixin 医保信用管理");
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
        c.setTimeInMillis(r.issuedAt().toEpochMilli());
        i.setCreationDate(c);
    }

    // ------------------------------------------------------------------ sections

    private void header(CreditReport r) throws IOException {
        centred("医疗保障信用报告", 20, 0);
        y -= 6;
        centred("Medical Insurance Credit Report", 9, 0.35f);
        y -= 14;
        keyValues(List.of(
                new String[]{"出具机构", r.bureau()},
                new String[]{"报告编号（验证码）", r.code()},
                new String[]{"评价基准日", day(r.asOf())},
                new String[]{"出具时间", time(r.issuedAt()) + "（北京时间）"}));
        rule();
    }

    private void subject(CreditReport r) throws IOException {
        heading("一、信用主体");
        CreditReport.Party p = r.subject();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"名称", p.name()});
        rows.add(new String[]{"主体类别", p.kindName()});
        rows.add(new String[]{p.identifierLabel(), p.identifier()});
        if (p.practitionerCode() != null) {
            rows.add(new String[]{"医保医师（药师）代码", p.practitionerCode()});
        }
        rows.add(new String[]{"主体编号", p.subjectId()});
        keyValues(rows);
    }

    private void grade(CreditReport r) throws IOException {
        heading("二、信用评价结果");
        CreditReport.Grade g = r.grade();
        String grade = g.grade() == null ? "未评价" : g.grade() + (g.gradeName() == null ? "" : "（" + g.gradeName() + "）");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"信用等级", grade});
        rows.add(new String[]{"信用得分", g.score() == null ? "不计分（该评价方案只评定等级）" : g.score() + " 分"});
        rows.add(new String[]{"评价方案", g.scheme() + "（" + method(g.method()) + "）"});
        rows.add(new String[]{"配置版本", "第 " + g.configVersion() + " 版"});
        if (g.lowestGradeOverride()) {
            rows.add(new String[]{"说明", "已列入严重失信主体名单，直接评定为最低等级。"});
        }
        keyValues(rows);
    }

    private void records(CreditReport r) throws IOException {
        heading("三、在效信用记录及计分");
        if (r.records().isEmpty()) {
            paragraph("评价基准日无在效信用记录。", BODY);
            return;
        }
        float[] cols = {0.20f, 0.07f, 0.30f, 0.28f, 0.15f};
        List<String[]> rows = new ArrayList<>();
        for (CreditReport.RecordLine l : r.records()) {
            String what = l.polarity() + (l.severity() == null ? "" : "·" + l.severity()) + "：" + l.summary()
                    + (l.note() == null || l.note().isBlank() ? "" : "（" + l.note() + "）");
            rows.add(new String[]{l.indicatorName() == null ? "不计分" : l.indicatorName(), signed(l.points()), what,
                    l.basis() == null ? "—" : l.basis(), period(l.effectiveFrom(), l.effectiveTo())});
        }
        table(new String[]{"评价指标", "分值", "信用信息", "依据", "有效期"}, cols, rows);
    }

    private void repairs(CreditReport r) throws IOException {
        heading("四、信用修复及效果");
        if (r.repairs().isEmpty()) {
            paragraph("无信用修复申请。", BODY);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CreditReport.RepairLine l : r.repairs()) {
            rows.add(new String[]{l.number(), l.recordSummary(), l.status()
                    + (l.repairedOn() == null ? "" : "\n" + day(l.repairedOn())), l.effect()});
        }
        table(new String[]{"申请编号", "修复事项", "状态", "修复效果"}, new float[]{0.2f, 0.3f, 0.16f, 0.34f}, rows);
    }

    private void publications(CreditReport r) throws IOException {
        heading("五、失信信息公开状态");
        if (r.publications().isEmpty()) {
            paragraph("无应予公开的失信信息。", BODY);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CreditReport.PublicationLine l : r.publications()) {
            rows.add(new String[]{l.summary(), l.state(), day(l.penaltyDate()), day(l.maximumEnds())});
        }
        table(new String[]{"失信信息", "公开状态", "处罚日期", "最长公开至"}, new float[]{0.46f, 0.18f, 0.18f, 0.18f}, rows);
    }

    private void measures(CreditReport r) throws IOException {
        heading("六、适用的激励和惩戒措施");
        if (r.measures().isEmpty()) {
            paragraph("评价基准日不适用任何激励或惩戒措施。", BODY);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CreditReport.MeasureLine m : r.measures()) {
            rows.add(new String[]{m.name(), m.type(), m.reason(), m.basis()});
        }
        table(new String[]{"措施", "类别", "适用理由", "依据"}, new float[]{0.28f, 0.1f, 0.37f, 0.25f}, rows);
    }

    private void history(CreditReport r) throws IOException {
        heading("七、信用等级变动记录");
        if (r.history().isEmpty()) {
            paragraph("无等级变动记录。", BODY);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (CreditReport.HistoryLine h : r.history()) {
            rows.add(new String[]{time(h.at()), h.grade() == null ? "未评价" : h.grade(),
                    h.score() == null ? "—" : String.valueOf(h.score()), "第 " + h.configVersion() + " 版", h.cause()});
        }
        table(new String[]{"时间", "等级", "得分", "配置版本", "变动原因"}, new float[]{0.2f, 0.1f, 0.1f, 0.14f, 0.46f}, rows);
    }

    private void closing(CreditReport r) throws IOException {
        y -= 8;
        rule();
        heading("报告说明");
        paragraph("1. 本报告依据信用主体截至评价基准日的信用档案和" + r.bureau() + "第 " + r.grade().configVersion()
                + " 版信用评价配置生成，反映出具时的信用状况；信用评价为动态评价，此后的信用信息变化以最新结果为准。", BODY);
        paragraph("2. 信用主体对报告所载信息有异议的，可依照信用管理办法提出异议申请。", BODY);
        paragraph("3. 核验：凭报告编号 " + r.code() + " 访问信用报告公开核验接口（GET /public/reports/"
                + r.code() + "），可查询本报告是否真实及其载明的等级和日期；核验结果附本文件的 SHA-256 摘要，可与所持文件比对。", BODY);
        if (r.subject().identifier() != null && r.subject().identifier().contains("*")) {
            paragraph("4. 为保护个人信息，证件号码已作部分隐藏。", BODY);
        }
    }

    // ------------------------------------------------------------------ layout

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void centred(String text, float size, float grey) throws IOException {
        String t = safe(text);
        float w = font.getStringWidth(t) / 1000 * size;
        ensure(size * LEADING);
        y -= size;
        write(MARGIN + (WIDTH - w) / 2, y, t, size, grey);
        y -= size * (LEADING - 1);
    }

    private void heading(String text) throws IOException {
        ensure(40);
        y -= 10;
        y -= 12;
        write(MARGIN, y, safe(text), 12, 0);
        y -= 7;
    }

    private void paragraph(String text, float size) throws IOException {
        for (String line : wrap(safe(text), size, WIDTH)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            write(MARGIN, y, line, size, 0.1f);
        }
        y -= 2;
    }

    private void rule() throws IOException {
        out.setStrokingColor(0.6f);
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, y - 4);
        out.lineTo(MARGIN + WIDTH, y - 4);
        out.stroke();
        y -= 8;
    }

    private void keyValues(List<String[]> rows) throws IOException {
        float keyWidth = 110;
        for (String[] row : rows) {
            List<String> value = wrap(safe(row[1] == null ? "—" : row[1]), BODY, WIDTH - keyWidth);
            ensure(value.size() * BODY * LEADING);
            y -= BODY * LEADING;
            write(MARGIN, y, safe(row[0]), BODY, 0.4f);
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    y -= BODY * LEADING;
                }
                write(MARGIN + keyWidth, y, value.get(i), BODY, 0);
            }
        }
        y -= 4;
    }

    private void table(String[] head, float[] fractions, List<String[]> rows) throws IOException {
        float size = 8.5f;
        float pad = 3;
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * WIDTH;
        }
        row(head, widths, size, pad, true);
        for (String[] r : rows) {
            row(r, widths, size, pad, false);
        }
        y -= 4;
    }

    private void row(String[] cells, float[] widths, float size, float pad, boolean head) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> l = new ArrayList<>();
            for (String part : safe(cells[i] == null ? "—" : cells[i]).split("\n")) {
                l.addAll(wrap(part, size, widths[i] - 2 * pad));
            }
            lines.add(l);
            most = Math.max(most, l.size());
        }
        float height = most * size * LEADING + 2 * pad;
        if (y - height < BOTTOM) {
            newPage();
        }
        float top = y;
        if (head) {
            out.setNonStrokingColor(0.92f);
            out.addRect(MARGIN, top - height, WIDTH, height);
            out.fill();
        }
        out.setStrokingColor(0.55f);
        out.setLineWidth(0.4f);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            out.addRect(x, top - height, widths[i], height);
            float ly = top - pad;
            for (String line : lines.get(i)) {
                ly -= size * LEADING;
                write(x + pad, ly + size * (LEADING - 1) / 2, line, size, head ? 0.15f : 0);
            }
            x += widths[i];
        }
        out.stroke();
        y = top - height;
    }

    private void footers(CreditReport r) throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String left = safe(r.bureau() + "　信用报告　" + r.code());
                String right = "第 " + (i + 1) + " 页，共 " + n + " 页";
                f.beginText();
                f.setFont(font, 7.5f);
                f.setNonStrokingColor(0.45f);
                f.newLineAtOffset(MARGIN, MARGIN);
                f.showText(left);
                f.endText();
                float w = font.getStringWidth(right) / 1000 * 7.5f;
                f.beginText();
                f.setFont(font, 7.5f);
                f.newLineAtOffset(MARGIN + WIDTH - w, MARGIN);
                f.showText(right);
                f.endText();
            }
        }
    }

    private void write(float x, float yy, String text, float size, float grey) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(grey);
        out.newLineAtOffset(x, yy);
        out.showText(text);
        out.endText();
    }

    /** Breaks at any character (Chinese has no spaces), preferring a space for runs of Latin text. */
    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float cw = font.getStringWidth(ch) / 1000 * size;
            if (w + cw > width && line.length() > 0) {
                if (lastSpace > 0 && lastSpace > line.length() - 16) {
                    String rest = line.substring(lastSpace + 1);
                    lines.add(line.substring(0, lastSpace));
                    line = new StringBuilder(rest);
                    w = font.getStringWidth(rest) / 1000 * size;
                } else {
                    lines.add(line.toString());
                    line = new StringBuilder();
                    w = 0;
                }
                lastSpace = -1;
            }
            if (cp == ' ') {
                lastSpace = line.length();
            }
            line.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Every character the font can show, □ for the rest, control characters as spaces. */
    private String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
            } else if (Character.isISOControl(cp)) {
                b.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::printable)) {
                b.appendCodePoint(cp);
            } else {
                b.append('□');
            }
        });
        return b.toString();
    }

    private boolean printable(int cp) {
        try {
            font.encode(new String(Character.toChars(cp))); // refuses a character without a glyph
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ words

    private static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }

    private static String time(Instant t) {
        return t == null ? "—" : TIME.format(t.atZone(CHINA));
    }

    private static String period(LocalDate from, LocalDate to) {
        return (from == null ? "—" : from.toString()) + " 至 " + (to == null ? "长期" : to.toString());
    }

    private static String signed(int points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }

    private static String method(String method) {
        if (method == null) {
            return "—";
        }
        return switch (method) {
            case "POINTS" -> "积分制";
            case "ADD_SUBTRACT" -> "加减分制";
            case "SEVERITY_COUNT" -> "按失信行为次数和严重程度定级";
            default -> method;
        };
    }
}
