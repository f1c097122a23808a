package cn.yixin.domain.repair;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.RecordSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a record may be repaired on a day (R-9.1, R-11.2, tenant extras), and from when. Pure: the archive, the
 * tenant's policy and the day in; the date it became (or becomes) eligible out, or a refusal that names the rule and
 * that date, so the subject knows when to come back.
 */
public final class RepairEligibility {

    private RepairEligibility() {
    }

    /** The record of {@code recordId} if it may be repaired on {@code today}; otherwise a {@link DomainException}. */
    public static CreditRecord check(String recordId, List<CreditRecord> archive, RepairPolicy policy, LocalDate today) {
        CreditRecord target = archive.stream().filter(r -> r.id().equals(recordId)).findFirst()
                .orElseThrow(() -> ProblemCode.RECORD_NOT_FOUND.of(ProblemCode.Bilingual.of("编号为 " + recordId, recordId)));
        Set<String> superseded = superseded(archive);
        if (superseded.contains(recordId)) {
            throw DomainException.conflict("RECORD_NOT_CURRENT",
                    "该信息已被更正、撤销或修复，不能再申请修复。",
                    "This record was already corrected, withdrawn or repaired; it cannot be repaired.");
        }
        if (!Publication.isDishonesty(target)) {
            throw DomainException.invalidField("recordId", "NOT_A_DISHONESTY_RECORD",
                    "只有失信信息可以申请信用修复（R-9.1）。",
                    "Only a dishonesty (negative) record can be repaired (R-9.1).");
        }
        RecordSource source = sourceOf(target);
        if (source != null && source.isExternal()) {
            // R-9.1 / Guangdong §35: whoever made the finding repairs it.
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "REPAIR_AT_SOURCE",
                    "该失信信息来自" + source.nameZh() + "，请向作出认定的" + source.nameZh() + "申请信用修复（R-9.1“谁认定、谁修复”）。",
                    "This record comes from " + source + "; apply for repair to the unit that made the finding (R-9.1).",
                    Map.of("source", source.name()));
        }
        LocalDate eligible = Publication.minimumEnds(target, policy);
        if (today.isBefore(eligible)) {
            throw notYet("R-11.2", eligible,
                    "该失信信息的最短公示期（" + policy.minMonths(severityOf(target)) + " 个月，自处罚决定之日 "
                            + Publication.penaltyDate(target) + " 起算）未满",
                    "the minimum publication period of " + policy.minMonths(severityOf(target))
                            + " months from the penalty date " + Publication.penaltyDate(target) + " has not passed");
        }
        if (policy.cleanMonthsBeforeRepair() > 0) {
            LocalDate latest = null;
            for (CreditRecord r : archive) {
                if (!r.id().equals(recordId) && !superseded.contains(r.id()) && Publication.isDishonesty(r)
                        && !Publication.penaltyDate(r).isAfter(today)
                        && (latest == null || Publication.penaltyDate(r).isAfter(latest))) {
                    latest = Publication.penaltyDate(r);
                }
            }
            if (latest != null) {
                LocalDate clean = latest.plusMonths(policy.cleanMonthsBeforeRepair());
                if (today.isBefore(clean)) {
                    throw notYet("tenant.repair.cleanMonthsBeforeRepair", clean,
                            "本地区要求申请前 " + policy.cleanMonthsBeforeRepair() + " 个月内无新的失信行为，最近一次失信行为的日期为 " + latest,
                            "this tenant requires " + policy.cleanMonthsBeforeRepair()
                                    + " months without a new dishonest act; the latest was on " + latest);
                }
                if (clean.isAfter(eligible)) {
                    eligible = clean;
                }
            }
        }
        return target;
    }

    /** The first day the record may be repaired, ignoring today (for display); null if it can never be. */
    public static LocalDate eligibleFrom(CreditRecord target, List<CreditRecord> archive, RepairPolicy policy) {
        LocalDate eligible = Publication.minimumEnds(target, policy);
        if (policy.cleanMonthsBeforeRepair() > 0) {
            Set<String> superseded = superseded(archive);
            for (CreditRecord r : archive) {
                if (!r.id().equals(target.id()) && !superseded.contains(r.id()) && Publication.isDishonesty(r)) {
                    LocalDate clean = Publication.penaltyDate(r).plusMonths(policy.cleanMonthsBeforeRepair());
                    if (clean.isAfter(eligible)) {
                        eligible = clean;
                    }
                }
            }
        }
        return eligible;
    }

    private static DomainException notYet(String rule, LocalDate eligible, String whyZh, String whyEn) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, "REPAIR_NOT_YET_ELIGIBLE",
                whyZh + "，暂不能申请信用修复；自 " + eligible + " 起可以申请。",
                "Not yet eligible for repair: " + whyEn + "; you may apply from " + eligible + ".",
                Map.of("rule", rule, "eligibleFrom", eligible.toString()));
    }

    static Set<String> superseded(List<CreditRecord> archive) {
        Set<String> out = new HashSet<>();
        for (CreditRecord r : archive) {
            if (r.supersedes() != null) {
                out.add(r.supersedes());
            }
        }
        return out;
    }

    private static RecordSource sourceOf(CreditRecord r) {
        try {
            return r.source() == null ? null : RecordSource.valueOf(r.source());
        } catch (IllegalArgumentException unknown) {
            return RecordSource.OTHER_EXTERNAL;
        }
    }

    private static cn.yixin.domain.Severity severityOf(CreditRecord r) {
        return r.severity() == null ? cn.yixin.domain.Severity.GENERAL : r.severity();
    }
}
