package cn.yixin.domain.archive;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.Severity;
import cn.yixin.domain.tenant.IndicatorItem;
import cn.yixin.domain.tenant.Scheme;

import java.time.LocalDate;

/** What a credit record must carry before it enters the archive (R-3.1–3.3). */
public final class NewRecordRules {

    private NewRecordRules() {
    }

    public static void check(Polarity polarity, Severity severity, String indicator, String summary,
                             BasisDocument basis, LocalDate effectiveFrom, LocalDate effectiveTo, Scheme scheme) {
        if (summary == null || summary.isBlank()) {
            throw DomainException.invalidField("summary", "SUMMARY_REQUIRED", "请填写信用信息摘要。",
                    "Describe the record in summary.");
        }
        if (polarity == Polarity.NEGATIVE) {
            if (severity == null) {
                throw DomainException.invalidField("severity", "SEVERITY_REQUIRED",
                        "失信信息必须注明严重程度（MINOR 轻微 / GENERAL 一般 / SERIOUS 严重）。",
                        "A negative record needs a severity: MINOR, GENERAL or SERIOUS.");
            }
            // dishonesty rests only on a legally effective document, named by kind, number, date and issuer.
            if (basis == null || basis.kind() == null || blank(basis.number()) || basis.date() == null
                    || blank(basis.issuer())) {
                throw ProblemCode.BASIS_REQUIRED.onField("basis", ProblemCode.Bilingual.of("失信信息", "A negative record"));
            }
        } else if (severity != null) {
            throw DomainException.invalidField("severity", "SEVERITY_NOT_ALLOWED",
                    "守信信息不设严重程度，请删除 severity。", "A positive record has no severity; remove it.");
        }
        if (effectiveFrom == null) {
            throw DomainException.invalidField("effectiveFrom", "EFFECTIVE_FROM_REQUIRED",
                    "请填写生效日期（effectiveFrom）。", "effectiveFrom is required.");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw DomainException.invalidField("effectiveTo", "EFFECTIVE_PERIOD_INVALID",
                    "失效日期早于生效日期。", "effectiveTo is before effectiveFrom.");
        }
        if (basis != null && basis.date() != null && basis.date().isAfter(effectiveFrom.plusYears(100))) {
            throw DomainException.invalidField("basis.date", "BASIS_DATE_INVALID", "文书日期不合理。",
                    "The basis date is implausible.");
        }
        if (indicator != null && scheme != null && scheme.items().stream().map(IndicatorItem::code)
                .noneMatch(indicator::equals)) {
            throw DomainException.invalidField("indicator", "UNKNOWN_INDICATOR",
                    "指标项 " + indicator + " 不在本地区该类主体的指标体系中。",
                    "Indicator " + indicator + " is not in this tenant's scheme for the subject's kind.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
