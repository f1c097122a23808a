package cn.yixin.api.objection;

import cn.yixin.domain.calendar.DeadlineText;
import cn.yixin.api.document.WrittenDocument;
import cn.yixin.api.notification.Notice;
import cn.yixin.domain.objection.DisputeTarget;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.objection.ObjectionStatus;
import cn.yixin.domain.objection.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The written forms (R-9.3: objection application, decision notice, review decision) and the notices of each change,
 * in Chinese, generated from the case. Ids derive from the case and the event, so a retry issues nothing twice.
 */
final class ObjectionLetters {

    static final String APPLICATION = "OBJECTION_APPLICATION";
    static final String DECISION = "OBJECTION_DECISION";
    static final String REVIEW = "OBJECTION_REVIEW_DECISION";

    private ObjectionLetters() {
    }

    static String documentId(String caseId, String kind) {
        return "DOC-" + caseId + "-" + kind;
    }

    static List<String> documentIds(ObjectionCase c) {
        List<String> ids = new ArrayList<>(List.of(documentId(c.caseId(), APPLICATION)));
        if (c.outcome() != null) {
            ids.add(documentId(c.caseId(), DECISION));
        }
        if (c.status() == ObjectionStatus.REVIEWED) {
            ids.add(documentId(c.caseId(), REVIEW));
        }
        return ids;
    }

    static String disputed(ObjectionCase c, String targetSummary) {
        return c.target().nameZh() + " " + c.targetId() + (targetSummary == null ? "" : "（" + targetSummary + "）");
    }

    /** 异议申请书: what the subject filed, with the evidence's content hashes (R-3.5 checkable). */
    static WrittenDocument application(ObjectionCase c, String subjectName, String bureau, String targetSummary,
                                       List<String> evidence) {
        List<String> p = new ArrayList<>();
        p.add("申请人：" + subjectName + "（信用主体编号 " + c.subjectId() + "）");
        p.add("异议对象：" + disputed(c, targetSummary));
        p.add("异议理由：" + c.ground().nameZh());
        p.add("事实和理由：" + c.statement());
        p.add(evidence.isEmpty() ? "证明材料：无" : "证明材料：" + String.join("；", evidence));
        p.add("提交方式：" + c.channel().nameZh() + "；告知日期：" + cn(c.noticeDate()) + "；收到日期：" + cn(c.receivedOn())
                + "；申请期限：" + DeadlineText.zhLastDay(c.filingDue()) + "。");
        p.add("本局将在处理期限内（" + DeadlineText.zhLastDay(c.decisionDue()) + "）作出处理决定并书面告知。异议处理期间，相关信息作异议标注。");
        return new WrittenDocument(documentId(c.caseId(), APPLICATION), c.tenantId(), c.subjectId(), APPLICATION,
                c.target() == DisputeTarget.RECORD ? "信用信息异议申请书" : "信用评价结果异议申请书", null, p, bureau,
                c.caseId(), c.filedAt());
    }

    /** 异议处理决定书: outcome, reasons, and the way to review by the level above. */
    static WrittenDocument decision(ObjectionCase c, String subjectName, String bureau, String parentName) {
        List<String> p = new ArrayList<>();
        p.add(subjectName + "：");
        p.add("你（单位）于 " + cn(c.receivedOn()) + " 提出的异议（案号 " + c.caseId() + "，异议对象："
                + disputed(c, null) + "，理由：" + c.ground().nameZh() + "），本局已依法核查。");
        if (c.forwardedTo() != null) {
            p.add("该信息来源于" + c.forwardedTo() + "，已转交来源单位按其规定核查，本决定依据其核查结果作出。");
        }
        p.add("处理决定：" + c.outcome().nameZh() + "。");
        if (c.outcome() == Outcome.CORRECTED && c.correctionRecordId() != null) {
            p.add("更正情况：已在信用档案中以记录 " + c.correctionRecordId() + " 更正原信息，并据此重新计算信用评分和等级。");
        }
        p.add("理由：" + c.reasons());
        p.add(parentName == null ? "本决定为最终处理决定。"
                : "如对本决定不服，可向" + parentName + "申请复核，申请期限：" + DeadlineText.zhLastDay(c.reviewRequestDue()) + "。");
        return new WrittenDocument(documentId(c.caseId(), DECISION), c.tenantId(), c.subjectId(), DECISION,
                "异议处理决定书", null, p, bureau, c.caseId(), c.decidedAt());
    }

    /** 异议复核决定书: the parent's final decision, filed with the subject. */
    static WrittenDocument review(ObjectionCase c, String subjectName, String parentName) {
        List<String> p = new ArrayList<>();
        p.add(subjectName + "：");
        p.add("你（单位）就异议 " + c.caseId() + " 的处理决定于 " + cn(c.review().requestedOn()) + " 申请复核，本机关已复核。");
        p.add("复核结论：" + (c.review().outcome() == Outcome.CORRECTED ? "予以更正" : "维持原处理决定") + "。");
        if (c.review().correctionRecordId() != null) {
            p.add("更正情况：已在信用档案中以记录 " + c.review().correctionRecordId() + " 更正，并重新计算信用评分和等级。");
        }
        p.add("理由：" + c.review().reasons());
        p.add("本复核决定为最终决定。");
        return new WrittenDocument(documentId(c.caseId(), REVIEW), c.tenantId(), c.subjectId(), REVIEW,
                "异议复核决定书", null, p, parentName, c.caseId(), c.review().decidedAt());
    }

    /** The notice of the case's latest change, or null if that change is not one the subject is told of. */
    static Notice noticeOf(ObjectionCase c, Instant at) {
        String action = c.history().get(c.history().size() - 1).action();
        String title;
        String body;
        LocalDate deadline = null;
        switch (action) {
            case "FILED" -> {
                title = "异议已收到";
                body = "你（单位）对" + disputed(c, null) + "提出的异议已收到（案号 " + c.caseId() + "），将在处理期限内（"
                        + DeadlineText.zhLastDay(c.decisionDue()) + "）作出处理决定。处理期间相关信息作异议标注。";
                deadline = c.decisionDue();
            }
            case "ACCEPTED" -> {
                title = "异议已受理";
                body = "异议 " + c.caseId() + " 已受理并开始核查，处理期限：" + DeadlineText.zhLastDay(c.decisionDue()) + "。";
                deadline = c.decisionDue();
            }
            case "FORWARDED_TO_SOURCE" -> {
                title = "异议已转交信息来源单位";
                body = "异议 " + c.caseId() + " 所涉信息来源于" + c.forwardedTo() + "，已转交其按规定核查。";
                deadline = c.decisionDue();
            }
            case "DECIDED" -> {
                title = "异议处理决定";
                body = "异议 " + c.caseId() + " 处理决定：" + c.outcome().nameZh() + "。理由：" + c.reasons()
                        + (c.correctionRecordId() == null ? "" : "（更正记录 " + c.correctionRecordId() + "，信用评分和等级已重新计算）");
                deadline = c.reviewRequestDue();
            }
            case "REVIEW_REQUESTED" -> {
                title = "复核申请已转上级";
                body = "异议 " + c.caseId() + " 的复核申请已提交上级（" + c.review().reviewTenant() + "），复核期限："
                        + DeadlineText.zhLastDay(c.review().due()) + "。";
                deadline = c.review().due();
            }
            case "REVIEWED" -> {
                title = "异议复核决定";
                body = "异议 " + c.caseId() + " 复核结论：" + (c.review().outcome() == Outcome.CORRECTED ? "予以更正"
                        : "维持原处理决定") + "。理由：" + c.review().reasons() + "。本复核决定为最终决定。";
            }
            case "CLOSED" -> {
                title = "异议已办结";
                body = "异议 " + c.caseId() + " 的复核申请期限已过，案件办结。";
            }
            default -> {
                return null;
            }
        }
        return new Notice(Notice.idFor("OBJECTION", c.caseId(), action), c.tenantId(), c.subjectId(),
                "OBJECTION_" + action, title, body, deadline, c.caseId(), at);
    }

    static String cn(LocalDate d) {
        return DeadlineText.zhDate(d);
    }
}
