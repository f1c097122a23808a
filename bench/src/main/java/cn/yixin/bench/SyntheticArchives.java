package cn.yixin.bench;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible archives for the benchmarks: per subject, a mix of positive and negative records of every severity
 * spread over the year, some ending before its end, one in ten corrected (a superseding entry).
 */
public final class SyntheticArchives {

    private static final InfoCategory[] NEGATIVE = {InfoCategory.ADMINISTRATIVE, InfoCategory.AGREEMENT_PERFORMANCE,
            InfoCategory.JUDICIAL, InfoCategory.COMMITMENT, InfoCategory.OTHER_MISCONDUCT, InfoCategory.OTHER_STATUTORY};
    private static final InfoCategory[] POSITIVE = {InfoCategory.HONOUR, InfoCategory.LAW_ABIDING,
            InfoCategory.AGREEMENT_PERFORMANCE, InfoCategory.COMMITMENT};
    private static final Severity[] SEVERITIES = {Severity.MINOR, Severity.MINOR, Severity.GENERAL, Severity.GENERAL,
            Severity.SERIOUS};

    private SyntheticArchives() {
    }

    public static List<CreditRecord> archive(String subjectId, int records, int year, long seed) {
        Random rnd = new Random(seed);
        List<CreditRecord> out = new ArrayList<>(records);
        Instant at = Instant.parse(year + "-06-01T00:00:00Z");
        for (int i = 0; i < records; i++) {
            LocalDate from = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(360));
            LocalDate to = rnd.nextInt(5) == 0 ? from.plusDays(rnd.nextInt(200)) : null;
            String id = subjectId + "-R" + i;
            boolean correction = i > 0 && rnd.nextInt(10) == 0;
            if (rnd.nextInt(3) == 0) {
                InfoCategory c = POSITIVE[rnd.nextInt(POSITIVE.length)];
                out.add(new CreditRecord(id, subjectId, c, Polarity.POSITIVE, null, null, "守信记录 " + i, null, from, to,
                        "BUREAU", "bench", at, correction ? out.get(i - 1).id() : null, false));
            } else {
                InfoCategory c = NEGATIVE[rnd.nextInt(NEGATIVE.length)];
                Severity s = SEVERITIES[rnd.nextInt(SEVERITIES.length)];
                out.add(new CreditRecord(id, subjectId, c, Polarity.NEGATIVE, s, null, "失信记录 " + i,
                        new BasisDocument(BasisKind.ADMINISTRATIVE_PENALTY, "测罚〔" + year + "〕" + i + "号", from, "测试局"),
                        from, to, "BUREAU", "bench", at, correction ? out.get(i - 1).id() : null, false));
            }
        }
        return out;
    }
}
