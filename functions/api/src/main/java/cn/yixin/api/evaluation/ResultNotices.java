package cn.yixin.api.evaluation;

import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.api.notification.Notice;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.tenant.TenantConfig;

import cn.yixin.domain.scoring.Contribution;
import cn.yixin.domain.subject.Standing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of the evaluation notices (R-5.7, 001 §25, 004 §22). Notice ids come from the event (proposed result of
 * a cycle; version N of a result), so a resumed or repeated run never tells a subject twice.
 */
final class ResultNotices {

    static final String PROPOSED = "PROPOSED_RESULT";
    static final String CHANGED = "RESULT_CHANGED";

    private ResultNotices() {
    }

    static String proposedId(String tenantId, int year, String subjectId) {
        return Notice.idFor(PROPOSED, tenantId, Integer.toString(year), subjectId);
    }

    static String reference(CycleResult r) {
        return "E" + r.year() + "-" + r.subjectId() + "-v" + r.version();
    }

    static Notice proposed(TenantConfig config, int objectionDays, CycleResult r, Instant now) {
        String outcome = r.evaluated()
                ? "拟确定结果为 " + r.grade() + "（" + r.gradeName() + "）" + (r.score() == null ? "" : "，得分 " + r.score() + " 分")
                : "拟确定为不参与评价，原因：" + r.exclusion().zh()
                        + (r.exclusionBasis() == null ? "" : "（" + r.exclusionBasis() + "）");
        String body = "你单位（人）" + r.year() + " 年度医疗保障信用评价" + outcome + "（评价配置第 " + r.configVersion()
                + " 版，以 " + r.asOf() + " 的信用档案为准）。" + grounds(r) + "如对评价结果有异议，可在收到本告知之日起 " + objectionDays
                + " 个工作日内（" + DeadlineText.zhLastDay(r.objectionDeadline()) + "）向" + config.name()
                + "提出书面申请并提交相关材料；逾期无异议的，评价结果将予以公布，自公布之日起至下一次评价结果公布之日内有效。";
        return new Notice(proposedId(r.tenantId(), r.year(), r.subjectId()), r.tenantId(), r.subjectId(), PROPOSED,
                r.year() + " 年度医疗保障信用评价结果告知书（拟确定）", body, r.objectionDeadline(), reference(r), now);
    }

    static Notice changed(TenantConfig config, CycleResult before, CycleResult after, Instant now) {
        String body = "你单位（人）" + after.year() + " 年度医疗保障信用评价结果由 " + describe(before) + " 变更为 "
                + describe(after) + "（第 " + after.version() + " 版）。变更原因：" + after.reason() + "；依据："
                + after.basis() + "。" + grounds(after) + "如有异议，可向" + config.name() + "提出，申请期限："
                + DeadlineText.zhLastDay(after.objectionDeadline()) + "。";
        return new Notice(Notice.idFor(CHANGED, after.tenantId(), Integer.toString(after.year()), after.subjectId(),
                Integer.toString(after.version())), after.tenantId(), after.subjectId(), CHANGED,
                after.year() + " 年度医疗保障信用评价结果变更告知书", body, after.objectionDeadline(), reference(after), now);
    }

    /**
     * Issue 12.9: what decided the result, as the result's explanation lists it. A severity-count class names the
     * acts it counted in the window (none: "no dishonest act counted"); a score names the items that moved it. Each by
     * its Chinese name and the archive record, never a personal identifier.
     */
    static String grounds(CycleResult r) {
        if (!r.evaluated()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (r.score() == null) {
            long general = 0;
            long serious = 0;
            for (Standing.Line l : r.explanation()) {
                if (l.note() != null && l.note().startsWith(Contribution.COUNTED_GENERAL)) {
                    general++;
                    parts.add(l.indicatorName() + "（档案记录 " + l.recordId() + "）");
                } else if (l.note() != null && l.note().startsWith(Contribution.COUNTED_SERIOUS)) {
                    serious++;
                    parts.add(l.indicatorName() + "（档案记录 " + l.recordId() + "）");
                } else if (l.note() != null && l.note().endsWith(Contribution.LISTED_SUFFIX)) {
                    parts.add(Contribution.LISTED_ZH + "（档案记录 " + l.recordId() + "）");
                }
            }
            String counts = "评价期内计入一般失信行为 " + general + " 次、严重失信行为 " + serious + " 次";
            return parts.isEmpty() ? "认定依据：" + counts + "，无计入的失信行为。"
                    : "认定依据：" + counts + "，即 " + String.join("；", parts) + "。";
        }
        for (Standing.Line l : r.explanation()) {
            if (l.points() != 0) {
                parts.add((l.indicatorName() == null ? l.indicator() : l.indicatorName()) + " "
                        + (l.points() > 0 ? "+" : "") + l.points() + " 分（档案记录 " + l.recordId() + "）");
            }
        }
        return parts.isEmpty() ? "评分依据：无加减分项目，按基础分计。" : "评分依据：" + String.join("；", parts) + "。";
    }

    private static String describe(CycleResult r) {
        return r.evaluated() ? r.grade() + "（" + r.gradeName() + (r.score() == null ? "" : "，" + r.score() + " 分") + "）"
                : "不参与评价（" + r.exclusion().zh() + "）";
    }
}
