package cn.yixin.store;

import cn.yixin.domain.CreditRecord;

/** A record as stored: its place in the subject's archive and its link in the hash chain. */
public record ArchiveEntry(long sequence, CreditRecord record, String hash) {
}
