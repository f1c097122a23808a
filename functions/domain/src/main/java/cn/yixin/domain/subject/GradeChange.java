package cn.yixin.domain.subject;

import java.time.Instant;

/** One entry of a subject's grade history (R-5.4: every change is kept). */
public record GradeChange(
        long sequence,
        String grade,
        Integer score,
        int configVersion,
        String cause,
        String causeRecordId,
        Instant at) {
}
