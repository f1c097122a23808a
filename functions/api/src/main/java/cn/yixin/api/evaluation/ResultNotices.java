package cn.yixin.api.evaluation;

import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.api.notification.Notice;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.tenant.TenantConfig;

import java.time.Instant;

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
                : "拟确定为不参与评价，原因：" + r.exclusion().zh() + "（" + r.exclusion().basis() + "）";
        String body = "你单位（人）" + r.year() + " 年度医疗保障信用评价" + outcome + "（评价配置第 " + r.configVersion()
                + " 版，以 " + r.asOf() + " 的信用档案为准）。如对评价结果有异议，可在收到本告知之日起 " + objectionDays
                + " 个工作日内（" + DeadlineText.zhLastDay(r.objectionDeadline()) + "）向" + config.name()
                + "提出书面申请并提交相关材料；逾期无异议的，评价结果将予以公布，自公布之日起至下一次评价结果公布之日内有效。";
        return new Notice(proposedId(r.tenantId(), r.year(), r.subjectId()), r.tenantId(), r.subjectId(), PROPOSED,
                r.year() + " 年度医疗保障信用评价结果告知书（拟确定）", body, r.objectionDeadline(), reference(r), now);
    }

    static Notice changed(TenantConfig config, CycleResult before, CycleResult after, Instant now) {
        String body = "你单位（人）" + after.year() + " 年度医疗保障信用评价结果由 " + describe(before) + " 变更为 "
                + describe(after) + "（第 " + after.version() + " 版）。变更原因：" + after.reason() + "；依据："
                + after.basis() + "。如有异议，可向" + config.name() + "提出，申请期限：" + DeadlineText.zhLastDay(after.objectionDeadline()) + "。";
        return new Notice(Notice.idFor(CHANGED, after.tenantId(), Integer.toString(after.year()), after.subjectId(),
                Integer.toString(after.version())), after.tenantId(), after.subjectId(), CHANGED,
                after.year() + " 年度医疗保障信用评价结果变更告知书", body, after.objectionDeadline(), reference(after), now);
    }

    private static String describe(CycleResult r) {
        return r.evaluated() ? r.grade() + "（" + r.gradeName() + (r.score() == null ? "" : "，" + r.score() + " 分") + "）"
                : "不参与评价（" + r.exclusion().zh() + "）";
    }
}
