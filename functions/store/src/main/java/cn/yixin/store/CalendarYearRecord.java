package cn.yixin.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One version of one year of a working-day calendar as the platform operator loaded it (issue 12.11): the State
 * Council notice's holidays and make-up workdays, the document they come from, and who loaded it when and why.
 * Versions are appended, never rewritten (the audit trail); the current one is copied under every tenant's
 * {@code T#<tenant>#CONFIG}, where tenant-fenced functions can read it.
 */
public record CalendarYearRecord(String calendar, int year, int version, Map<LocalDate, String> holidays,
                                 Map<LocalDate, String> makeUpWorkdays, String source, Instant loadedAt,
                                 String loadedBy, String reason) {

    public CalendarYearRecord {
        holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
        makeUpWorkdays = Collections.unmodifiableMap(new TreeMap<>(makeUpWorkdays));
    }
}
