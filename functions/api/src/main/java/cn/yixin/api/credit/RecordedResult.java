package cn.yixin.api.credit;

import io.micronaut.serde.annotation.Serdeable;

/** What an archive write answers: the entry written and the subject's grade after it. */
@Serdeable
public record RecordedResult(String recordId, String subjectId, long sequence, String hash, SubjectView subject) {
}
