package cn.yixin.domain.evaluation;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.BasisKind;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.RepoRoot;
import cn.yixin.domain.Severity;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.repair.RepairEffect;
import cn.yixin.domain.tenant.EvaluationCycle;
import cn.yixin.domain.tenant.RepairRegrade;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * in a cycle evaluated as of a day before the repair (the published 2025 result, re-evaluated after a repair
 * in October 2026): Guangdong restores the points at once, Nanchuan keeps this cycle's grade.
 */
class RepairInCycleTest {

    static final CyclePeriod Y2025 = CyclePeriod.of(EvaluationCycle.CALENDAR_YEAR, 2025);
    static final LocalDate REPAIRED_ON = LocalDate.of(2026, 10, 13);
    static TenantConfig guangdong;
    static TenantConfig nanchuan;

    @BeforeAll
    static void load() {
        List<TenantConfig> all = TenantFiles.loadAll(RepoRoot.tenants());
        guangdong = all.stream().filter(t -> t.id().equals("440000")).findFirst().orElseThrow();
        nanchuan = all.stream().filter(t -> t.id().equals("500119")).findFirst().orElseThrow();
        assertEquals(RepairRegrade.IMMEDIATE, guangdong.evaluation().repairRegrade());
        assertEquals(RepairRegrade.NEXT_CYCLE, nanchuan.evaluation().repairRegrade());
    }

    static final CreditRecord PENALTY = new CreditRecord("R1", "S1", InfoCategory.ADMINISTRATIVE, Polarity.NEGATIVE,
            Severity.SERIOUS, null, "违规使用医保基金",
            new BasisDocument(BasisKind.ADMINISTRATIVE_PENALTY, "罚〔2025〕1号", LocalDate.of(2025, 6, 1), "局"),
            LocalDate.of(2025, 6, 1), null, "BUREAU", "u", Instant.EPOCH, null, false);

    static Integer score(TenantConfig t, List<CreditRecord> records) {
        return new CycleEvaluator().evaluate(t, 1, SubjectKind.DESIGNATED_HOSPITAL, records, CycleFacts.NONE, Y2025)
                .evaluation().score();
    }

    static List<CreditRecord> repaired(TenantConfig t) {
        RepairRegrade policy = t.evaluation().repairRegrade();
        CreditRecord entry = RepairEffect.repairedCopy(PENALTY, "RR1",
                RepairEffect.lastScoringDay(policy, REPAIRED_ON), "修复〔2026〕1号", "reviewer", Instant.EPOCH);
        return List.of(PENALTY, entry);
    }

    @Test
    @DisplayName("R-9.4 Guangdong (IMMEDIATE, 004 §38): the 2025 result re-evaluated after the repair no longer counts "
            + "the repaired record, as if it had never been recorded")
    void guangdongRestoresAtOnce() {
        Integer clean = score(guangdong, List.of());
        Integer penalised = score(guangdong, List.of(PENALTY));
        assertNotEquals(clean, penalised, "the penalty costs points in 2025");
        assertEquals(clean, score(guangdong, repaired(guangdong)));
    }

    @Test
    @DisplayName("R-9.4 Nanchuan (NEXT_CYCLE, 001 §34): the 2025 result keeps the repaired record; the repair applies "
            + "from the next cycle")
    void nanchuanKeepsThisCycle() {
        Integer penalised = score(nanchuan, List.of(PENALTY));
        assertNotEquals(score(nanchuan, List.of()), penalised);
        assertEquals(penalised, score(nanchuan, repaired(nanchuan)));
    }

    @Test
    @DisplayName("R-9.4 without a repair entry nothing is rewritten (corrections and records pass through)")
    void noRepairNoChange() {
        List<CreditRecord> records = List.of(PENALTY);
        assertEquals(records, RepairEffect.asCycleSees(records, RepairRegrade.IMMEDIATE));
    }
}
