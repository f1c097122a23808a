package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Batch import of credit information, CSV or JSON lines. Each row is its own archive write: a rejected row
 * writes nothing and does not stop the others, and every row gets a line in the report. Rows must carry the
 * source's own reference ({@code sourceRef}), which is what makes a re-run import store nothing twice.
 *
 * <p>A failure of the store itself (not a refusal of the row) stops the import there (issue 10.5): that row is
 * {@code FAILED} (its write is not confirmed), every later row {@code NOT_ATTEMPTED}, and the report, which still says
 * what happened to every row before it, is answered 503 ({@code IMPORT_INTERRUPTED}): re-running the same file stores
 * the missing rows and nothing twice.
 */
@Singleton
public class RecordImport {

    public static final int MAX_ROWS = 1000;

    private final CreditArchive archive;
    private final CreditSubjects subjects;
    private final JsonMapper json;

    public RecordImport(CreditArchive archive, CreditSubjects subjects, JsonMapper json) {
        this.archive = archive;
        this.subjects = subjects;
        this.json = json;
    }

    /** One row: the subject by id, or by kind and identifier, and the record. */
    @Serdeable
    public record Row(@Nullable String subjectId, @Nullable SubjectKind subjectKind, @Nullable String identifier,
                      RecordRequest record) {
        @Override
        public String toString() {
            return "Row[subjectId=" + subjectId + "]";
        }
    }

    @Serdeable
    public record RowResult(int row, String status, @Nullable String subjectId, @Nullable String recordId,
                            @Nullable String grade, @Nullable String code, @Nullable String message) {
    }

    /**
     * What happened to every row. {@code complete} is false when the store failed part way ({@code code}
     * {@code IMPORT_INTERRUPTED}, {@code messages} in Chinese and English): then {@code failed} rows were not
     * confirmed and {@code notAttempted} rows were not tried.
     */
    @Serdeable
    public record Report(int rows, int recorded, int alreadyRecorded, int rejected, int failed, int notAttempted,
                         boolean complete, @Nullable String code, @Nullable Map<String, String> messages,
                         List<RowResult> results) {
    }

    /** An import the store interrupted: answered 503 with its row-by-row report ({@code ImportInterruptedHandler}). */
    public static final class Interrupted extends RuntimeException {
        private final transient Report report;

        public Interrupted(Report report) {
            super("import interrupted by the store", null, false, false);
            this.report = report;
        }

        public Report report() {
            return report;
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecordImport.class);

    /** Rows are written one by one; once the store fails, the rest are not tried. */
    private static final class Run {
        final List<RowResult> results = new ArrayList<>();
        boolean interrupted;

        void add(RowResult r) {
            results.add(r);
            interrupted |= r.status().equals("FAILED");
        }
    }

    public Report importJsonLines(Caller caller, String body) {
        List<String> lines = body.lines().filter(l -> !l.isBlank()).toList();
        requireSize(lines.size());
        Run run = new Run();
        for (int i = 0; i < lines.size(); i++) {
            int rowNo = i + 1;
            if (run.interrupted) {
                run.add(notAttempted(rowNo));
                continue;
            }
            Row row;
            try {
                row = json.readValue(lines.get(i), Row.class);
            } catch (IOException | RuntimeException e) {
                run.add(rejected(rowNo, "MALFORMED_ROW", "第 " + rowNo + " 行不是有效的 JSON 或含有未知字段。",
                        "Row " + rowNo + " is not valid JSON or has an unknown field."));
                continue;
            }
            run.add(importRow(caller, rowNo, row));
        }
        return report(run);
    }

    public Report importCsv(Caller caller, String body) {
        List<List<String>> table = Csv.parse(body);
        if (table.isEmpty()) {
            requireSize(0);
        }
        List<String> header = table.get(0);
        requireHeader(header);
        requireSize(table.size() - 1);
        Run run = new Run();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (run.interrupted) {
                run.add(notAttempted(i));
                continue;
            }
            Row row;
            try {
                row = json.readValue(json.writeValueAsString(csvRowAsJson(header, cells)), Row.class);
            } catch (IOException | RuntimeException e) {
                run.add(rejected(i, "MALFORMED_ROW", "第 " + i + " 行的列数、列名或取值格式不正确。",
                        "Row " + i + " has wrong columns, an unknown column or a value in the wrong format."));
                continue;
            }
            run.add(importRow(caller, i, row));
        }
        return report(run);
    }

    /** Flat CSV columns to the nested row: basisKind/basisNumber/basisDate/basisIssuer go under record.basis. */
    private static Map<String, Object> csvRowAsJson(List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("column count");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        Map<String, Object> record = new LinkedHashMap<>();
        Map<String, Object> basis = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim();
            String value = cells.get(c).trim();
            if (value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "subjectId", "subjectKind", "identifier" -> row.put(name, value);
                case "basisKind" -> basis.put("kind", value);
                case "basisNumber" -> basis.put("number", value);
                case "basisDate" -> basis.put("date", value);
                case "basisIssuer" -> basis.put("issuer", value);
                default -> record.put(name, value);
            }
        }
        if (!basis.isEmpty()) {
            record.put("basis", basis);
        }
        row.put("record", record);
        return row;
    }

    /** Every column a CSV import knows, in the order the documentation gives them. */
    public static final List<String> COLUMNS = List.of("subjectId", "subjectKind", "identifier", "category", "polarity",
            "severity", "indicator", "summary", "effectiveFrom", "effectiveTo", "source", "sourceRef", "basisKind",
            "basisNumber", "basisDate", "basisIssuer");

    /**
     * A header with a column this import does not know, or a column twice, refuses the whole file before any row is
     * read (issue #12 item 5): every row would fail the same way. The answer names the column by position, by name
     * too when the name is a plain word (a data row pasted as header must not come back in the answer, R-2.2), and
     * gives the expected header.
     */
    private static void requireHeader(List<String> header) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim();
            boolean known = COLUMNS.contains(name);
            if (known && seen.add(name)) {
                continue;
            }
            String shown = name.matches("[A-Za-z_]{1,64}") ? " " + name : "";
            String expected = String.join(",", COLUMNS);
            String zh = known ? "第 " + (c + 1) + " 列" + shown + " 重复出现" : "第 " + (c + 1) + " 列的列名" + shown + " 无法识别";
            String en = known ? "column " + (c + 1) + shown + " appears twice" : "column " + (c + 1) + shown + " is not known";
            throw new DomainException(DomainException.Kind.INVALID, known ? "DUPLICATE_COLUMN" : "UNKNOWN_COLUMN",
                    "导入文件的表头有误：" + zh + "。表头应取自以下列名（subjectId 或 subjectKind 加 identifier 指明主体）："
                            + expected + "。",
                    "The import's header is wrong: " + en + ". Use columns from this header (the subject by subjectId,"
                            + " or subjectKind and identifier): " + expected + ".",
                    Map.of("field", "header", "column", c + 1, "expectedHeader", COLUMNS));
        }
    }

    private RowResult importRow(Caller caller, int rowNo, Row row) {
        try {
            if (row.record() == null || row.record().sourceRef() == null || row.record().sourceRef().isBlank()) {
                throw DomainException.invalidField("sourceRef", "SOURCE_REF_REQUIRED",
                        "批量导入的每一行都须有来源编号（sourceRef），以免重复导入。",
                        "Every imported row needs the source's reference (sourceRef), so a re-run imports nothing twice.");
            }
            requireFields(row.record());
            String subjectId = row.subjectId();
            if (subjectId == null) {
                if (row.subjectKind() == null || row.identifier() == null) {
                    throw DomainException.invalidField("subjectId", "SUBJECT_REQUIRED",
                            "请用 subjectId，或 subjectKind 加 identifier 指明信用主体。",
                            "Name the subject by subjectId, or by subjectKind and identifier.");
                }
                subjectId = subjects.findByIdentifier(caller, row.subjectKind(), row.identifier()).subjectId();
            }
            RecordedResult r = archive.record(caller, subjectId, row.record(), null);
            return new RowResult(rowNo, "RECORDED", subjectId, r.recordId(), r.subject().grade().grade(), null, null);
        } catch (CreditArchive.AlreadyRecorded again) {
            return new RowResult(rowNo, "ALREADY_RECORDED", row.subjectId(),
                    String.valueOf(again.details().get("recordId")), null, again.code(), again.messageZh());
        } catch (DomainException e) {
            return new RowResult(rowNo, "REJECTED", row.subjectId(), null, null, e.code(),
                    e.messageZh() + " / " + e.messageEn());
        } catch (RuntimeException storeFailed) {
            // Not the row's fault: the store failed. Logged without the row (it may carry identifiers).
            LOG.error("Import row {} failed in the store; the import stops here", rowNo, storeFailed);
            return new RowResult(rowNo, "FAILED", row.subjectId(), null, null, "ROW_NOT_CONFIRMED",
                    "写入本行时存储服务出错，未能确认是否写入；请稍后重新导入同一文件（来源编号保证不会重复写入）。 / "
                            + "The store failed while writing this row; its write is not confirmed. Re-run the same "
                            + "file later (the source references keep anything from being stored twice).");
        }
    }

    private static RowResult notAttempted(int row) {
        return new RowResult(row, "NOT_ATTEMPTED", null, null, null, "NOT_ATTEMPTED",
                "前面的行写入失败，本行未处理。 / An earlier row failed in the store; this row was not tried.");
    }

    private static void requireFields(RecordRequest r) {
        if (r.category() == null || r.polarity() == null || r.effectiveFrom() == null) {
            throw DomainException.invalid("MISSING_VALUE", "category、polarity、effectiveFrom 为必填项。",
                    "category, polarity and effectiveFrom are required.");
        }
    }

    private static RowResult rejected(int row, String code, String zh, String en) {
        return new RowResult(row, "REJECTED", null, null, null, code, zh + " / " + en);
    }

    private static Report report(Run run) {
        List<RowResult> results = run.results;
        int recorded = count(results, "RECORDED");
        int again = count(results, "ALREADY_RECORDED");
        int rejected = count(results, "REJECTED");
        int failed = count(results, "FAILED");
        int notAttempted = count(results, "NOT_ATTEMPTED");
        if (!run.interrupted) {
            return new Report(results.size(), recorded, again, rejected, 0, 0, true, null, null, results);
        }
        return new Report(results.size(), recorded, again, rejected, failed, notAttempted, false, "IMPORT_INTERRUPTED",
                Map.of("zh", "存储服务出错，导入在第 " + firstFailed(results) + " 行中断：此前各行的结果见逐行报告，"
                                + "此后各行未处理。请稍后重新导入同一文件。",
                        "en", "The store failed; the import stopped at row " + firstFailed(results) + ". Rows before "
                                + "it are reported row by row; rows after it were not tried. Re-run the same file later."),
                results);
    }

    private static int count(List<RowResult> results, String status) {
        return (int) results.stream().filter(r -> r.status().equals(status)).count();
    }

    private static int firstFailed(List<RowResult> results) {
        return results.stream().filter(r -> r.status().equals("FAILED")).findFirst().map(RowResult::row).orElse(0);
    }

    private static void requireSize(int rows) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw DomainException.invalid("IMPORT_SIZE", "一次导入 1 到 " + MAX_ROWS + " 行。",
                    "An import takes 1 to " + MAX_ROWS + " rows.");
        }
    }
}
