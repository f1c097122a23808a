package cn.yixin.domain.archive;

import cn.yixin.domain.CreditRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Hash chain over one subject's archive (R-3.5: queryable, checkable, traceable; staff tampering is an offence,
 * 001 §37). Each entry's hash covers the previous hash and every field of the entry, so an edited, removed or
 * reordered entry breaks the chain from that point on.
 *
 * <p>Chained per subject rather than per tenant (ARCHITECTURE said per tenant): a per-tenant chain makes every write
 * of a province contend on one head item, while a subject's entries are already serialised by its version.</p>
 */
public final class ArchiveChain {

    public static final String GENESIS = "0".repeat(64);

    private ArchiveChain() {
    }

    public static String hash(String previousHash, CreditRecord r) {
        String canonical = String.join("\u001f",
                previousHash, r.id(), r.subjectId(), str(r.category()), str(r.polarity()), str(r.severity()),
                str(r.indicator()), str(r.summary()),
                r.basis() == null ? "" : str(r.basis().kind()) + "|" + str(r.basis().number()) + "|"
                        + str(r.basis().date()) + "|" + str(r.basis().issuer()),
                str(r.effectiveFrom()), str(r.effectiveTo()), str(r.source()), str(r.recordedBy()),
                str(r.recordedAt()), str(r.supersedes()), Boolean.toString(r.voided()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** The index of the first entry whose stored hash does not follow from its predecessors, or -1 if intact. */
    public static int firstBreak(List<CreditRecord> inOrder, List<String> storedHashes) {
        String prev = GENESIS;
        for (int i = 0; i < inOrder.size(); i++) {
            String expected = hash(prev, inOrder.get(i));
            if (!expected.equals(storedHashes.get(i))) {
                return i;
            }
            prev = expected;
        }
        return -1;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
