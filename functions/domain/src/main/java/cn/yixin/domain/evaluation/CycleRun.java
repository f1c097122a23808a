package cn.yixin.domain.evaluation;

import cn.yixin.domain.SubjectKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The state of one tenant's evaluation run for one year and subject kind. A run first takes a roster (the subject ids
 * of the kind, sorted, in chunks), then walks it page by page; each page's results, the new position and the
 * counts go in one transaction, so a run killed at any point resumes exactly where its last page ended. The lease
 * (owner, leaseUntil) makes runs mutually exclusive.
 *
 * @param chunk   roster chunk the next page starts in (0-based)
 * @param offset  position in that chunk
 * @param pending subjects whose results are committed but whose notices may not have been sent yet
 * @param counts  results by grade key (grade or NOT_EVALUATED), latest versions only
 */
public record CycleRun(String tenantId, int year, SubjectKind kind, int configVersion, Status status, String owner,
                       Instant leaseUntil, int total, int done, int chunks, int chunk, int offset,
                       List<String> pending, Map<String, Long> counts, Instant startedAt, String startedBy,
                       Instant completedAt, boolean allPublished) {

    public enum Status { ROSTER, RUNNING, COMPLETED }

    public CycleRun {
        pending = pending == null ? List.of() : List.copyOf(pending);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public boolean leasedBy(String someone, Instant now) {
        return owner != null && leaseUntil != null && leaseUntil.isAfter(now) && !owner.equals(someone);
    }
}
