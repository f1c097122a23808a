package cn.yixin.domain.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit report (信用报告) as issued (000 §4(3): "评价结果以信用报告方式发布"; issue 17): what it states, line by
 * line, independent of how it is printed. The subject's identifier is in clear only when the subject itself asked.
 *
 * @param code    the verification code printed on it ({@link ReportCode})
 * @param bureau  the issuing bureau's name (the tenant file's {@code name})
 * @param asOf    the day the grade and every line are stated for (China Standard Time)
 */
public record CreditReport(String code, String tenantId, String bureau, LocalDate asOf, Instant issuedAt,
                           Party subject, Grade grade, List<RecordLine> records, List<RepairLine> repairs,
                           List<MeasureLine> measures, List<PublicationLine> publications,
                           List<HistoryLine> history) {

    public CreditReport {
        records = List.copyOf(records);
        repairs = List.copyOf(repairs);
        measures = List.copyOf(measures);
        publications = List.copyOf(publications);
        history = List.copyOf(history);
    }

    /** Who the report is about; {@code identifier} masked unless the subject itself asked. */
    public record Party(String subjectId, String name, String kindName, String identifierLabel, String identifier,
                        String practitionerCode) {
    }

    /** The live grade (R-5.1–5.4) and what produced it; {@code score} null where the scheme has none. */
    public record Grade(String grade, String gradeName, Integer score, String scheme, String method,
                        boolean lowestGradeOverride, int configVersion) {
    }

    /** A record in effect on {@code asOf} and its part in the grade (R-3.2, R-5.8: its basis). */
    public record RecordLine(String recordId, String indicatorName, int points, String polarity, String severity,
                             String summary, String basis, LocalDate effectiveFrom, LocalDate effectiveTo,
                             String note) {
    }

    /** A repair application and its effect (R-9.1–9.4). */
    public record RepairLine(String number, String recordSummary, String status, LocalDate repairedOn,
                             String effect) {
    }

    /** A measure the subject is under, with its basis and why. */
    public record MeasureLine(String name, String type, String basis, String reason) {
    }

    /** A dishonesty record's publication state. */
    public record PublicationLine(String summary, String state, LocalDate penaltyDate, LocalDate maximumEnds) {
    }

    /** One change of the grade (R-5.4: every change is kept). */
    public record HistoryLine(Instant at, String grade, Integer score, int configVersion, String cause) {
    }
}
