package cn.yixin.api.repair;

import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.document.Documents;
import cn.yixin.api.document.WrittenDocument;
import cn.yixin.api.notification.Notice;
import cn.yixin.api.notification.Notifier;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.repair.RepairApplication;
import cn.yixin.domain.subject.Subject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The written side of a repair (R-9.3 forms of 003: repair application, result feedback, refusal notice, repair
 * confirmation; in Chinese) and the notice at every change. Document and notice ids come from the application and
 * the event, so a retry or a resumed sweep issues nothing twice.
 */
@Singleton
public class RepairPapers {

    /** The repair commitment (R-9.2, Guangdong §35): the subject gives it by sending {@code commitment: true}. */
    public static final String COMMITMENT_TEXT = "本主体承诺：所提交的信用修复申请材料完整、真实、合法；已纠正失信行为并履行相关责任和义务；"
            + "今后不再发生同类失信行为。如有虚假或承诺不实，愿意依法依规记入信用记录并承担相应责任。";

    private final Documents documents;
    private final Notifier notifier;
    private final Clock clock;

    public RepairPapers(Documents documents, Notifier notifier, Clock clock) {
        this.documents = documents;
        this.notifier = notifier;
        this.clock = clock;
    }

    static String decisionNumber(RepairApplication a) {
        return "信用修复决定（" + a.number() + "）";
    }

    void submitted(ActiveConfig active, Subject s, RepairApplication a) {
        List<String> p = new ArrayList<>();
        p.add("申请编号：" + a.number() + "。");
        p.add("申请人：" + s.displayName() + "（" + s.kind().nameZh() + "）。受理单位：" + active.config().name() + "。");
        p.add("申请修复的失信信息：" + a.recordSummary() + (a.basisNumber() == null ? "" : "（依据文书：" + a.basisNumber() + "）")
                + "，处罚决定日期 " + a.penaltyDate() + "。");
        p.add("失信行为纠正、整改情况：" + a.rectification());
        p.add("证明材料：" + String.join("、", a.attachments()) + "（共 " + a.attachments().size() + " 份）。");
        p.add("信用修复承诺：" + COMMITMENT_TEXT);
        issue(s, a, "REPAIR_APPLICATION", "信用修复申请表", a.number(), p, s.displayName());
        notice(s, a, "REPAIR_SUBMITTED", "信用修复申请已受理",
                "您的信用修复申请（" + a.number() + "）已提交至" + active.config().name() + "，我们将及时核实处理。", null);
    }

    void changed(ActiveConfig active, Subject s, RepairApplication a) {
        String issuer = active.config().name();
        switch (a.status()) {
            case PUBLICISING -> {
                List<String> p = List.of(
                        s.displayName() + "：",
                        "你（单位）于 " + day(a.submittedAt()) + " 提交的信用修复申请（" + a.number() + "）收悉。经核实，"
                                + "申请修复的失信信息“" + a.recordSummary() + "”符合信用修复条件，本机关拟予以信用修复。",
                        "核查意见：" + lastNote(a),
                        "拟修复事项自 " + DeadlineText.zhDate(a.publicisedOn()) + " 起公示，公示期为 " + active.config().timelines().repairPublicityDays()
                                + " 个工作日，" + DeadlineText.zhThrough(a.publicityEndsOn()) + "届满。公示期满无异议的，按程序予以信用修复并书面告知。");
                issue(s, a, "REPAIR_RESULT_FEEDBACK", "信用修复处理结果反馈", decisionNumber(a), p, issuer);
                notice(s, a, "REPAIR_PUBLICISING", "信用修复拟予修复并公示",
                        "您的信用修复申请（" + a.number() + "）经核实拟予修复，公示" + DeadlineText.zhThrough(a.publicityEndsOn()) + "。",
                        a.publicityEndsOn());
            }
            case REFUSED -> {
                List<String> p = List.of(
                        s.displayName() + "：",
                        "你（单位）于 " + day(a.submittedAt()) + " 提交的信用修复申请（" + a.number() + "），申请修复的失信信息为“"
                                + a.recordSummary() + "”。",
                        "经核实，不符合信用修复条件，本机关决定不予信用修复。理由如下：" + a.reasons(),
                        "如对本决定有异议，可依法向本机关或上一级医疗保障行政部门提出。");
                issue(s, a, "REPAIR_REFUSAL", "不予信用修复告知书", decisionNumber(a), p, issuer);
                notice(s, a, "REPAIR_REFUSED", "不予信用修复", "您的信用修复申请（" + a.number() + "）不予修复：" + a.reasons(), null);
            }
            case REPAIRED -> {
                boolean immediate = a.regraded();
                List<String> p = List.of(
                        s.displayName() + "：",
                        "你（单位）的信用修复申请（" + a.number() + "）经核实并公示（自 " + DeadlineText.zhDate(a.publicisedOn()) + " 起，"
                                + DeadlineText.zhThrough(a.publicityEndsOn()) + "）期满无异议，本机关于 " + a.repairedOn() + " 予以信用修复。",
                        "修复事项：失信信息“" + a.recordSummary() + "”已标注为已修复，终止公示并不再对外公开（屏蔽）；"
                                + "如涉及严重失信主体名单，同时移出名单。",
                        "失信惩戒措施自 " + a.punishmentsEndedOn() + " 起终止实施。",
                        immediate ? "信用积分已恢复，信用等级已按修复后的信用档案即时调整。"
                                : "信用档案已即时调整；本评价周期内的信用评价结果不作调整，自 " + a.regradeOn()
                                + " 起（下一评价周期）按修复后的信用档案进行评价。");
                issue(s, a, "REPAIR_CONFIRMATION", "信用修复确认书", decisionNumber(a), p, issuer);
                notice(s, a, "REPAIRED", "信用修复已完成",
                        "您的失信信息“" + a.recordSummary() + "”已于 " + a.repairedOn() + " 修复。"
                                + (immediate ? "信用等级已即时调整。" : "自 " + a.regradeOn() + " 起按修复后的档案评价。"), null);
            }
            default -> {
            }
        }
    }

    void objectionReceived(Subject s, RepairApplication a, String objectionId) {
        notifier.notify(s, new Notice(Notice.idFor("REPAIR_OBJECTION", a.id(), objectionId), a.tenantId(), s.id(),
                "REPAIR_OBJECTION_RECEIVED", "信用修复公示收到异议",
                "您的信用修复申请（" + a.number() + "）在公示期间收到异议，医疗保障部门将核实处理后告知结果。", null, a.id(),
                clock.instant()));
    }

    void regraded(Subject s, RepairApplication a) {
        notice(s, a, "REPAIR_REGRADED", "信用修复后信用等级已调整",
                "新的评价周期自 " + a.regradeOn() + " 开始，已按修复后的信用档案调整信用等级：" + s.standing().grade() + "。", null);
    }

    void publicationEnded(Subject s, CreditRecord r, LocalDate end) {
        notifier.notify(s, new Notice(Notice.idFor("PUBLICATION_ENDED", s.tenantId(), s.id(), r.id()), s.tenantId(),
                s.id(), "PUBLICATION_ENDED", "失信信息公示期满，已终止公示",
                "失信信息“" + r.summary() + "”的最长公示期已于 " + DeadlineText.zhDate(end) + " 届满（R-11.2），自该日起终止公示。", null, r.id(),
                clock.instant()));
    }

    private void notice(Subject s, RepairApplication a, String kind, String title, String body, LocalDate deadline) {
        notifier.notify(s, new Notice(Notice.idFor(kind, a.tenantId(), a.id()), a.tenantId(), s.id(), kind, title, body,
                deadline, a.id(), clock.instant()));
    }

    private void issue(Subject s, RepairApplication a, String kind, String title, String number, List<String> p,
                       String issuer) {
        String id = "D" + Idempotency.hash(kind + "\n" + a.tenantId() + "\n" + a.id()).substring(0, 24);
        documents.issue(new WrittenDocument(id, a.tenantId(), s.id(), kind, title, number, p, issuer, a.id(),
                clock.instant()));
    }

    private static String lastNote(RepairApplication a) {
        var h = a.history();
        String note = h.isEmpty() ? null : h.get(h.size() - 1).note();
        return note == null ? "符合条件" : note;
    }

    private static LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"));
    }
}
