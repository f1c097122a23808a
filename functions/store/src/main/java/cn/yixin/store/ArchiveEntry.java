package cn.yixin.store;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.monitoring.Warning;

import java.util.List;

/**
 * A record as stored: its place in the subject's archive and its link in the hash chain.
 *
 * @param warnings the warnings this entry raised as it was written: put in the same transaction as the
 *                 entry, never read back with it (empty when read)
 */
public record ArchiveEntry(long sequence, CreditRecord record, String hash, List<Warning> warnings) {

    public ArchiveEntry {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ArchiveEntry(long sequence, CreditRecord record, String hash) {
        this(sequence, record, hash, List.of());
    }

    public ArchiveEntry withWarnings(List<Warning> raised) {
        return new ArchiveEntry(sequence, record, hash, raised);
    }
}
