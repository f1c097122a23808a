package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.List;
import java.util.Map;

/**
 * Items of monitoring and early warning (R-8.1):
 * <pre>
 * T#&lt;t&gt;#WARN     W#&lt;subject&gt;#&lt;warning&gt;   a warning: rule, version, level, cited records, status, audit trail
 * T#&lt;t&gt;#MON      M#&lt;subject&gt;              a subject's monitoring level (absent: general monitoring)
 * </pre>
 * One partition per tenant for each: the inbox and the key-monitoring list are one query; a subject's warnings are
 * one query on a prefix of it.
 */
final class MonitoringItems {

    private MonitoringItems() {
    }

    static String warningsPk(String tenant) {
        return YixinTable.tenantPrefix(tenant) + "WARN";
    }

    static String monitoringPk(String tenant) {
        return YixinTable.tenantPrefix(tenant) + "MON";
    }

    static Map<String, AttributeValue> key(String tenant, Warning w) {
        return Map.of(YixinTable.PK, Attr.s(warningsPk(tenant)), YixinTable.SK, Attr.s("W#" + w.subjectId() + "#" + w.id()));
    }

    static Map<String, AttributeValue> warningItem(String tenant, Warning w) {
        return new Attr.Item()
                .put(YixinTable.PK, warningsPk(tenant))
                .put(YixinTable.SK, "W#" + w.subjectId() + "#" + w.id())
                .put("warningId", w.id())
                .put("subjectId", w.subjectId())
                .put("subjectKind", w.subjectKind())
                .put("ruleCode", w.ruleCode())
                .put("ruleName", w.ruleName())
                .put("level", w.level())
                .put("levelRank", w.levelRank())
                .put("configVersion", w.configVersion())
                .putList("recordIds", w.recordIds().stream().map(Attr::s).toList())
                .put("reason", w.reasonZh())
                .put("status", w.status())
                .put("raisedAt", w.raisedAt())
                .putList("trail", stepItems(w.trail()))
                .put("measureCode", w.measure() == null ? null : w.measure().code())
                .put("measureName", w.measure() == null ? null : w.measure().name())
                .put("measureBasis", w.measure() == null ? null : w.measure().basis())
                .build();
    }

    static Warning warning(Map<String, AttributeValue> i) {
        return new Warning(Attr.str(i, "warningId"), Attr.str(i, "subjectId"),
                Attr.enumOf(i, "subjectKind", SubjectKind.class), Attr.str(i, "ruleCode"), Attr.str(i, "ruleName"),
                Attr.str(i, "level"), Attr.int32(i, "levelRank"), Attr.int32(i, "configVersion"),
                Attr.list(i, "recordIds").stream().map(AttributeValue::s).toList(), Attr.str(i, "reason"),
                Attr.enumOf(i, "status", Warning.Status.class), Attr.instant(i, "raisedAt"), steps(Attr.list(i, "trail")),
                Attr.str(i, "measureCode") == null ? null : new Warning.Measure(Attr.str(i, "measureCode"),
                        Attr.str(i, "measureName"), Attr.str(i, "measureBasis")));
    }

    static Map<String, AttributeValue> monitoringItem(String tenant, MonitoringStatus m) {
        return new Attr.Item()
                .put(YixinTable.PK, monitoringPk(tenant))
                .put(YixinTable.SK, "M#" + m.subjectId())
                .put("subjectId", m.subjectId())
                .put("subjectKind", m.subjectKind())
                .put("level", m.level())
                .put("since", m.since())
                .put("reason", m.reason())
                .put("warningId", m.warningId())
                .put("reviewOn", m.reviewOn())
                .put("endedOn", m.endedOn())
                .put("endReason", m.endReason())
                .putList("trail", stepItems(m.trail()))
                .build();
    }

    static MonitoringStatus monitoring(Map<String, AttributeValue> i) {
        return new MonitoringStatus(Attr.str(i, "subjectId"), Attr.enumOf(i, "subjectKind", SubjectKind.class),
                Attr.enumOf(i, "level", MonitoringStatus.Level.class), Attr.date(i, "since"), Attr.str(i, "reason"),
                Attr.str(i, "warningId"), Attr.date(i, "reviewOn"), Attr.date(i, "endedOn"), Attr.str(i, "endReason"),
                steps(Attr.list(i, "trail")));
    }

    private static List<AttributeValue> stepItems(List<Warning.Step> steps) {
        return steps.stream().map(s -> AttributeValue.fromM(new Attr.Item().put("action", s.action()).put("by", s.by())
                .put("at", s.at()).put("reasons", s.reasons()).build())).toList();
    }

    private static List<Warning.Step> steps(java.util.Collection<AttributeValue> raw) {
        return raw.stream().map(AttributeValue::m).map(m -> new Warning.Step(Attr.str(m, "action"), Attr.str(m, "by"),
                Attr.instant(m, "at"), Attr.str(m, "reasons"))).toList();
    }
}
