package cn.yixin.domain.inspection;

import cn.yixin.domain.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an inspection plan must say before it is stored; every refusal names its field. */
public final class PlanRules {

    public static final int MAX_INSPECTORS_PER_CHECK = 10;

    private PlanRules() {
    }

    public static void check(String name, List<?> subjectKinds, LocalDate from, LocalDate to, BigDecimal basePercent,
                             Integer inspectorsPerCheck) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalidField("name", "PLAN_NAME_REQUIRED", "抽查计划须有名称（name）。",
                    "An inspection plan needs a name.");
        }
        if (subjectKinds == null || subjectKinds.isEmpty() || subjectKinds.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalidField("subjectKinds", "PLAN_KINDS_REQUIRED",
                    "抽查计划须列出抽查的信用主体类型（subjectKinds）。", "An inspection plan names the subject kinds it inspects.");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalidField("periodTo", "PLAN_PERIOD_INVALID",
                    "抽查期间须有起止日期（periodFrom、periodTo），且结束日期不早于开始日期。",
                    "The plan's period needs periodFrom and periodTo, the end not before the start.");
        }
        if (basePercent == null || basePercent.signum() <= 0 || basePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalidField("basePercent", "RATIO_OUT_OF_RANGE",
                    "基础抽查比例（basePercent）须为大于0且不超过100的百分比。",
                    "basePercent must be a percentage above 0 and at most 100.");
        }
        requireInspectorsPerCheck(inspectorsPerCheck);
    }

    /** Inspectors per check: 1 to {@link #MAX_INSPECTORS_PER_CHECK} (R-7.2: at least one, a check by two or more). */
    public static void requireInspectorsPerCheck(Integer inspectorsPerCheck) {
        if (inspectorsPerCheck == null || inspectorsPerCheck < 1 || inspectorsPerCheck > MAX_INSPECTORS_PER_CHECK) {
            throw DomainException.invalidField("inspectorsPerCheck", "INSPECTORS_PER_CHECK_INVALID",
                    "每次检查的检查人员数（inspectorsPerCheck）须为1至" + MAX_INSPECTORS_PER_CHECK + "。",
                    "inspectorsPerCheck must be from 1 to " + MAX_INSPECTORS_PER_CHECK + ".");
        }
    }
}
