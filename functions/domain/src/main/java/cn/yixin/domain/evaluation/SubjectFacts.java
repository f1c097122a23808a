package cn.yixin.domain.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts about a subject that decide whether it is evaluated in a cycle: its service agreement and its
 * medical-insurance fund expenditure per year. Recorded by the bureau; absent facts mean "not reported", never zero.
 *
 * @param agreement        null when the bureau has recorded nothing about the agreement
 * @param fundExpenditure  fen (分) of fund expenditure by year; a year missing from the map was not reported
 */
public record SubjectFacts(Agreement agreement, Map<Integer, FundExpenditure> fundExpenditure) {

    public static final SubjectFacts NONE = new SubjectFacts(null, Map.of());

    public SubjectFacts {
        fundExpenditure = fundExpenditure == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(fundExpenditure));
    }

    /** @param endedOn required when the status is an ending, else null */
    public record Agreement(AgreementStatus status, LocalDate endedOn, String note, String recordedBy, Instant recordedAt) {
    }

    /** @param amountFen fund expenditure of the year in fen (分), never negative */
    public record FundExpenditure(int year, long amountFen, String recordedBy, Instant recordedAt) {
    }

    /** What one cycle needs to know: the agreement and the period's expenditure. */
    public CycleFacts forPeriod(CyclePeriod period) {
        FundExpenditure f = fundExpenditure.get(period.year());
        return new CycleFacts(agreement == null ? null : agreement.status(), agreement == null ? null : agreement.endedOn(),
                f == null ? null : f.amountFen());
    }
}
