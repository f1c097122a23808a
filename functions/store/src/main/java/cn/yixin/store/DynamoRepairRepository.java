package cn.yixin.store;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.Severity;
import cn.yixin.domain.repair.RepairApplication;
import cn.yixin.domain.repair.RepairStatus;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.date;
import static cn.yixin.store.Attr.enumOf;
import static cn.yixin.store.Attr.flag;
import static cn.yixin.store.Attr.instant;
import static cn.yixin.store.Attr.num;
import static cn.yixin.store.Attr.s;
import static cn.yixin.store.Attr.str;

/**
 * <pre>
 * pk                          sk                      what
 * T#&lt;t&gt;#S#&lt;subject&gt;          RP#&lt;application&gt;        the application, whole (version-locked)
 * T#&lt;t&gt;#S#&lt;subject&gt;          RPOPEN#&lt;record&gt;         lock: the record's open application, if any
 * T#&lt;t&gt;#S#&lt;subject&gt;          PUB#&lt;record&gt;            publication ended (REPAIRED / ENDED) and when
 * T#&lt;t&gt;#PUBLICITY#&lt;id&gt;       PUBLICITY               publicity id -> subject and application
 * GSI1: gsi1pk = T#&lt;t&gt;#REPAIRS#&lt;status&gt;, gsi1sk = &lt;submittedAt&gt;#&lt;application&gt;   staff queue by status
 * </pre>
 */
public final class DynamoRepairRepository implements RepairRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoRepairRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void create(RepairApplication a, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, item(a)));
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(lock(a, true))
                .conditionExpression("attribute_not_exists(pk) OR #open = :false")
                .expressionAttributeNames(Map.of("#open", "open"))
                .expressionAttributeValues(Map.of(":false", Attr.bool(false))).build()).build());
        Transact.addIdempotency(table, items, response, clock);
        try {
            write(a.tenantId(), items);
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), 2)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            if (Transact.failed(e.cancellationReasons(), 1)) {
                throw DomainException.conflict("REPAIR_ALREADY_OPEN",
                        "该失信信息已有一份正在办理的信用修复申请，请等待其办结。",
                        "This record already has an open repair application; wait for it to be decided.");
            }
            throw e;
        }
    }

    @Override
    public Optional<RepairApplication> find(String tenantId, String subjectId, String applicationId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, s(YixinTable.subjectPk(tenantId, subjectId)),
                YixinTable.SK, s("RP#" + applicationId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(application(tenantId, item));
    }

    @Override
    public Optional<RepairApplication> findByPublicity(String tenantId, String publicityId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, s(YixinTable.tenantPrefix(tenantId) + "PUBLICITY#" + publicityId),
                YixinTable.SK, s("PUBLICITY")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return find(tenantId, str(item, "subjectId"), str(item, "applicationId"))
                .filter(a -> publicityId.equals(a.publicityId()));
    }

    @Override
    public List<RepairApplication> listBySubject(String tenantId, String subjectId) {
        List<RepairApplication> out = new ArrayList<>();
        for (var i : Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "RP#")) {
            out.add(application(tenantId, i));
        }
        out.sort((x, y) -> y.submittedAt().compareTo(x.submittedAt()));
        return out;
    }

    @Override
    public Page<RepairApplication> listByStatus(String tenantId, RepairStatus status, String cursor, int limit) {
        var q = QueryRequest.builder().tableName(table).indexName(YixinTable.GSI1).limit(limit)
                .keyConditionExpression("gsi1pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(queue(tenantId, status))));
        if (cursor != null) {
            q.exclusiveStartKey(Cursor.decode(cursor, queue(tenantId, status)));
        }
        var client = clients.forTenant(tenantId);
        QueryResponse res = client.query(q.build());
        // The index carries list columns only (YixinTable.GSI1_ATTRIBUTES); each application is read whole by its
        // key. A queue page is at most a few dozen applications, read by staff, not on any hot path.
        List<RepairApplication> out = res.items().stream()
                .map(i -> client.getItem(b -> b.tableName(table).key(Map.of(YixinTable.PK, i.get(YixinTable.PK),
                        YixinTable.SK, i.get(YixinTable.SK)))).item())
                .filter(i -> i != null && !i.isEmpty())
                .map(i -> application(tenantId, i)).toList();
        String next = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty()
                ? Cursor.encode(res.lastEvaluatedKey()) : null;
        return new Page<>(out, next);
    }

    @Override
    public void update(RepairApplication before, RepairApplication after, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(versioned(before, after));
        if (after.publicityId() != null && before.publicityId() == null) {
            items.add(Transact.putNew(table, new Attr.Item()
                    .put(YixinTable.PK, YixinTable.tenantPrefix(after.tenantId()) + "PUBLICITY#" + after.publicityId())
                    .put(YixinTable.SK, "PUBLICITY")
                    .put("subjectId", after.subjectId())
                    .put("applicationId", after.id())
                    .build()));
        }
        if (before.status().open() && !after.status().open()) {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(lock(after, false)).build()).build());
        }
        int idem = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            write(after.tenantId(), items);
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idem)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw new ConcurrentUpdate("repair application " + before.id() + " changed since version " + before.version());
        }
    }

    @Override
    public void execute(Subject before, Subject after, List<ArchiveEntry> newEntries, GradeChange change,
                        IdempotentResponse response, RepairApplication appBefore, RepairApplication appAfter) {
        String tenant = before.tenantId();
        List<TransactWriteItem> items = new ArrayList<>();
        Transact.addArchiveWrite(table, items, before, after, newEntries, change);
        items.add(versioned(appBefore, appAfter));
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(lock(appAfter, false)).build()).build());
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(mark(tenant, appAfter.subjectId(), appAfter.recordId(), "REPAIRED", appAfter.repairedOn(),
                        appAfter.id())).build()).build());
        int idem = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            write(tenant, items);
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idem)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw new ConcurrentUpdate("subject " + before.id() + " or repair " + appBefore.id() + " changed");
        }
    }

    @Override
    public boolean markPublicationEnded(String tenantId, String subjectId, String recordId, LocalDate on) {
        try {
            clients.forTenant(tenantId).putItem(b -> b.tableName(table)
                    .item(mark(tenantId, subjectId, recordId, "ENDED", on, null))
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException already) {
            return false;
        }
    }

    @Override
    public Map<String, PublicationMark> publicationMarks(String tenantId, String subjectId) {
        Map<String, PublicationMark> out = new LinkedHashMap<>();
        for (var i : Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "PUB#")) {
            out.put(str(i, "recordId"), new PublicationMark(str(i, "recordId"), str(i, "state"), date(i, "on"),
                    str(i, "reference")));
        }
        return out;
    }

    private void write(String tenant, List<TransactWriteItem> items) {
        clients.forTenant(tenant).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
    }

    private TransactWriteItem versioned(RepairApplication before, RepairApplication after) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(after))
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", Attr.n(before.version()))).build()).build();
    }

    private Map<String, AttributeValue> mark(String tenant, String subjectId, String recordId, String state,
                                             LocalDate on, String reference) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(tenant, subjectId))
                .put(YixinTable.SK, "PUB#" + recordId)
                .put("recordId", recordId)
                .put("state", state)
                .put("on", on)
                .put("reference", reference)
                .build();
    }

    private Map<String, AttributeValue> lock(RepairApplication a, boolean open) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(a.tenantId(), a.subjectId()))
                .put(YixinTable.SK, "RPOPEN#" + a.recordId())
                .put("applicationId", a.id())
                .put("open", open)
                .build();
    }

    private static String queue(String tenant, RepairStatus status) {
        return YixinTable.tenantPrefix(tenant) + "REPAIRS#" + status.name();
    }

    private static Map<String, AttributeValue> item(RepairApplication a) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(a.tenantId(), a.subjectId()))
                .put(YixinTable.SK, "RP#" + a.id())
                .put(YixinTable.GSI1_PK, queue(a.tenantId(), a.status()))
                .put(YixinTable.GSI1_SK, a.submittedAt() + "#" + a.id())
                .put("applicationId", a.id())
                .put("subjectId", a.subjectId())
                .put("recordId", a.recordId())
                .put("number", a.number())
                .put("recordSummary", a.recordSummary())
                .put("severity", a.severity())
                .put("basisNumber", a.basisNumber())
                .put("penaltyDate", a.penaltyDate())
                .put("rectification", a.rectification())
                .put("commitment", a.commitment())
                .putList("attachments", a.attachments().stream().map(AttributeValue::fromS).toList())
                .put("status", a.status())
                .put("version", a.version())
                .put("submittedAt", a.submittedAt())
                .put("submittedBy", a.submittedBy())
                .put("publicityId", a.publicityId())
                .put("publicisedOn", a.publicisedOn())
                .put("publicityEndsOn", a.publicityEndsOn())
                .put("reasons", a.reasons())
                .put("decidedBy", a.decidedBy())
                .put("repairedOn", a.repairedOn())
                .put("lastScoringDay", a.lastScoringDay())
                .put("regradeOn", a.regradeOn())
                .put("regraded", a.regraded())
                .put("repairRecordId", a.repairRecordId())
                .put("punishmentsEndedOn", a.punishmentsEndedOn())
                .putList("objections", a.objections().stream().map(o -> AttributeValue.fromM(new Attr.Item()
                        .put("id", o.id()).put("text", o.text()).put("sourceHash", o.sourceHash())
                        .put("receivedAt", o.receivedAt()).put("ruling", o.ruling())
                        .put("rulingReasons", o.rulingReasons()).put("ruledBy", o.ruledBy())
                        .put("ruledAt", o.ruledAt()).build())).toList())
                .putList("history", a.history().stream().map(h -> AttributeValue.fromM(new Attr.Item()
                        .put("at", h.at()).put("event", h.event()).put("status", h.status()).put("by", h.by())
                        .put("note", h.note()).build())).toList())
                .build();
    }

    private static RepairApplication application(String tenantId, Map<String, AttributeValue> i) {
        List<RepairApplication.PublicObjection> objections = new ArrayList<>();
        for (AttributeValue v : Attr.list(i, "objections")) {
            var m = v.m();
            objections.add(new RepairApplication.PublicObjection(str(m, "id"), str(m, "text"), str(m, "sourceHash"),
                    instant(m, "receivedAt"), str(m, "ruling"), str(m, "rulingReasons"), str(m, "ruledBy"),
                    instant(m, "ruledAt")));
        }
        List<RepairApplication.Step> history = new ArrayList<>();
        for (AttributeValue v : Attr.list(i, "history")) {
            var m = v.m();
            history.add(new RepairApplication.Step(instant(m, "at"), str(m, "event"),
                    enumOf(m, "status", RepairStatus.class), str(m, "by"), str(m, "note")));
        }
        return new RepairApplication(str(i, "applicationId"), tenantId, str(i, "subjectId"), str(i, "recordId"),
                str(i, "number"), str(i, "recordSummary"), enumOf(i, "severity", Severity.class),
                str(i, "basisNumber"), date(i, "penaltyDate"), str(i, "rectification"), str(i, "commitment"),
                Attr.list(i, "attachments").stream().map(AttributeValue::s).toList(),
                enumOf(i, "status", RepairStatus.class), num(i, "version"), instant(i, "submittedAt"),
                str(i, "submittedBy"), str(i, "publicityId"), date(i, "publicisedOn"), date(i, "publicityEndsOn"),
                str(i, "reasons"), str(i, "decidedBy"), date(i, "repairedOn"), date(i, "lastScoringDay"),
                date(i, "regradeOn"), flag(i, "regraded"), str(i, "repairRecordId"), date(i, "punishmentsEndedOn"),
                objections, history);
    }
}
