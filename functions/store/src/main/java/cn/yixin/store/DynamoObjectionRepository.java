package cn.yixin.store;

import cn.yixin.domain.objection.CaseEvent;
import cn.yixin.domain.objection.Channel;
import cn.yixin.domain.objection.DisputeTarget;
import cn.yixin.domain.objection.ObjectionCase;
import cn.yixin.domain.objection.ObjectionGround;
import cn.yixin.domain.objection.ObjectionStatus;
import cn.yixin.domain.objection.Outcome;
import cn.yixin.domain.objection.Review;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Objection cases, their open rows, marks and review pointers (see {@link ObjectionRepository}).
 *
 * <pre>
 * T#&lt;t&gt;#S#&lt;subject&gt;   OBJ#&lt;caseId&gt;        the case, with its version and history
 * T#&lt;t&gt;#S#&lt;subject&gt;   MARK#&lt;recordId&gt;     the record is under objection by caseId (R-6.4)
 * T#&lt;t&gt;#OBJ#OPEN       &lt;caseId&gt;             unfinished case: subject, status, next due day, overdue
 * T#&lt;parent&gt;#REVIEW    &lt;caseId&gt;             escalated to the parent (R-6.6): child tenant and subject
 * </pre>
 */
public final class DynamoObjectionRepository implements ObjectionRepository {

    /** Every case id starts so (Objections makes them); the open and review lists are queried by it. */
    static final String CASE_PREFIX = "OBJ";

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoObjectionRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    static String openPk(String tenantId) {
        return YixinTable.tenantPrefix(tenantId) + "OBJ#OPEN";
    }

    static String reviewPk(String parentTenant) {
        return YixinTable.tenantPrefix(parentTenant) + "REVIEW";
    }

    @Override
    public void create(ObjectionCase c, String markRecordId, ResultMark resultMark, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, caseItem(c)));
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(openItem(c)).build()).build());
        int markIndex = -1;
        if (markRecordId != null) {
            markIndex = items.size();
            items.add(Transact.putNew(table, markItem(c, markRecordId)));
        }
        run(c, items, markIndex, markRecordId, resultMark, response);
    }

    @Override
    public void update(ObjectionCase before, ObjectionCase after, String markRecordId, Mark mark,
                       ResultMark resultMark, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(caseItem(after))
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", Attr.n(before.version()))).build()).build());
        if (after.status().terminal()) {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(key(openPk(after.tenantId()), after.caseId())).build()).build());
        } else {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(openItem(after)).build())
                    .build());
        }
        int markIndex = -1;
        if (markRecordId != null && mark == Mark.PUT) {
            markIndex = items.size();
            items.add(Transact.putNew(table, markItem(after, markRecordId)));
        } else if (markRecordId != null && mark == Mark.DELETE) {
            // Only this case's own mark is removed; a mark another case holds stays.
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(key(YixinTable.subjectPk(after.tenantId(), after.subjectId()), "MARK#" + markRecordId))
                    .conditionExpression("attribute_not_exists(pk) OR caseId = :c")
                    .expressionAttributeValues(Map.of(":c", s(after.caseId()))).build()).build());
        }
        run(after, items, markIndex, markRecordId, resultMark, response);
    }

    @Override
    public void decide(ObjectionCase before, ObjectionCase after, String markRecordId, ArchiveWrite archive,
                       IdempotentResponse response, AnswerAt answerAt) {
        Map<String, AttributeValue> caseItem = new HashMap<>(caseItem(after));
        if (response != null && answerAt == AnswerAt.CASE) {
            caseItem.put("answer", answer(response));
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(caseItem)
                .conditionExpression("version = :v")
                .expressionAttributeValues(Map.of(":v", Attr.n(before.version()))).build()).build());
        if (after.status().terminal()) {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(key(openPk(after.tenantId()), after.caseId())).build()).build());
        } else {
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(openItem(after)).build())
                    .build());
        }
        int markIndex = -1;
        if (markRecordId != null) {
            markIndex = items.size();
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                    .key(key(YixinTable.subjectPk(after.tenantId(), after.subjectId()), "MARK#" + markRecordId))
                    .conditionExpression("attribute_not_exists(pk) OR caseId = :c")
                    .expressionAttributeValues(Map.of(":c", s(after.caseId()))).build()).build());
        }
        if (archive != null) {
            Transact.addArchiveWrite(table, items, archive.before(), archive.after(), archive.entries(),
                    archive.change());
        }
        int idemIndex = items.size();
        if (answerAt == AnswerAt.IDEMPOTENCY_ROW) {
            Transact.addIdempotency(table, items, response, clock);
        }
        try {
            clients.forTenant(after.tenantId()).transactWriteItems(TransactWriteItemsRequest.builder()
                    .transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (response != null && answerAt == AnswerAt.IDEMPOTENCY_ROW
                    && Transact.failed(e.cancellationReasons(), idemIndex)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            if (Transact.failed(e.cancellationReasons(), 0)
                    || (markIndex >= 0 && Transact.failed(e.cancellationReasons(), markIndex))) {
                throw new ObjectionMoved(after.caseId());
            }
            throw new ConcurrentUpdate("objection " + after.caseId() + " or subject " + after.subjectId()
                    + " changed since it was read");
        }
    }

    @Override
    public Optional<IdempotentResponse> keptAnswer(String tenantId, String subjectId, String caseId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(YixinTable.subjectPk(tenantId, subjectId), "OBJ#" + caseId))).item();
        AttributeValue a = item == null ? null : item.get("answer");
        if (a == null || !a.hasM()) {
            return Optional.empty();
        }
        var m = a.m();
        return Optional.of(new IdempotentResponse(str(m, "tenantId"), str(m, "key"), str(m, "operation"),
                str(m, "requestHash"), Attr.int32(m, "status"), str(m, "body")));
    }

    private static AttributeValue answer(IdempotentResponse r) {
        return AttributeValue.fromM(new Attr.Item().put("tenantId", r.tenantId()).put("key", r.key())
                .put("operation", r.operation()).put("requestHash", r.requestHash()).put("status", r.status())
                .put("body", r.body()).build());
    }

    private void run(ObjectionCase c, List<TransactWriteItem> items, int markIndex, String markRecordId,
                     ResultMark resultMark, IdempotentResponse response) {
        int resultIndex = -1;
        if (resultMark != null) {
            resultIndex = items.size();
            items.add(TransactWriteItem.builder().update(EvaluationItems.markInTransaction(table, resultMark)).build());
        }
        int idemIndex = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(c.tenantId()).transactWriteItems(TransactWriteItemsRequest.builder()
                    .transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idemIndex)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            if (markIndex >= 0 && Transact.failed(e.cancellationReasons(), markIndex)) {
                throw new AlreadyUnderObjection(markRecordId);
            }
            if (resultIndex >= 0 && Transact.failed(e.cancellationReasons(), resultIndex)) {
                throw new ConcurrentUpdate("result " + resultMark.result().subjectId() + "/"
                        + resultMark.result().year() + " changed since it was read");
            }
            throw new ConcurrentUpdate("objection " + c.caseId() + " changed since it was read");
        }
    }

    @Override
    public Optional<ObjectionCase> find(String tenantId, String subjectId, String caseId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).consistentRead(true)
                .key(key(YixinTable.subjectPk(tenantId, subjectId), "OBJ#" + caseId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toCase(tenantId, subjectId, item));
    }

    @Override
    public List<ObjectionCase> forSubject(String tenantId, String subjectId) {
        List<ObjectionCase> out = new ArrayList<>();
        for (var i : Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId),
                "OBJ#")) {
            out.add(toCase(tenantId, subjectId, i));
        }
        out.sort(Comparator.comparing(ObjectionCase::filedAt).reversed());
        return out;
    }

    @Override
    public List<OpenCase> open(String tenantId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, openPk(tenantId), CASE_PREFIX).stream()
                .map(i -> new OpenCase(str(i, YixinTable.SK), str(i, "subjectId"), str(i, "status"), date(i, "due"),
                        flag(i, "overdue")))
                .toList();
    }

    @Override
    public Map<String, String> marks(String tenantId, String subjectId) {
        Map<String, String> out = new HashMap<>();
        for (var i : Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId),
                "MARK#")) {
            out.put(str(i, YixinTable.SK).substring("MARK#".length()), str(i, "caseId"));
        }
        return out;
    }

    @Override
    public void addReviewPointer(ReviewPointer p) {
        // A case's pointer is the same row whoever writes it: written once (the first of concurrent requests, or the
        // request before a retry), never rewritten by a request that then loses the case's own transaction.
        try {
            clients.forTenant(p.parentTenant()).putItem(b -> b.tableName(table).item(new Attr.Item()
                    .put(YixinTable.PK, reviewPk(p.parentTenant()))
                    .put(YixinTable.SK, p.caseId())
                    .put("childTenant", p.childTenant())
                    .put("subjectId", p.subjectId())
                    .build())
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException alreadyThere) {
            // The pointer exists: the row is keyed by the case, so it points where this one would.
        }
    }

    @Override
    public Optional<ReviewPointer> reviewPointer(String parentTenant, String caseId) {
        var item = clients.forTenant(parentTenant).getItem(b -> b.tableName(table)
                .key(key(reviewPk(parentTenant), caseId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(pointer(parentTenant, item));
    }

    @Override
    public List<ReviewPointer> reviewPointers(String parentTenant) {
        return Transact.queryAll(clients.forTenant(parentTenant), table, reviewPk(parentTenant), CASE_PREFIX).stream()
                .map(i -> pointer(parentTenant, i)).toList();
    }

    private static ReviewPointer pointer(String parentTenant, Map<String, AttributeValue> i) {
        return new ReviewPointer(parentTenant, str(i, YixinTable.SK), str(i, "childTenant"), str(i, "subjectId"));
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(YixinTable.PK, s(pk), YixinTable.SK, s(sk));
    }

    private static Map<String, AttributeValue> markItem(ObjectionCase c, String recordId) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(c.tenantId(), c.subjectId()))
                .put(YixinTable.SK, "MARK#" + recordId)
                .put("caseId", c.caseId())
                .build();
    }

    private static Map<String, AttributeValue> openItem(ObjectionCase c) {
        return new Attr.Item()
                .put(YixinTable.PK, openPk(c.tenantId()))
                .put(YixinTable.SK, c.caseId())
                .put("subjectId", c.subjectId())
                .put("status", c.status())
                .put("due", c.nextDue())
                .put("overdue", c.overdue() || (c.review() != null && c.review().overdue()
                        && c.status() == ObjectionStatus.REVIEW_REQUESTED))
                .build();
    }

    /** The objection case a stream image holds ({@code sk = OBJ#…} in a subject partition); empty for other items. */
    public static Optional<ObjectionCase> fromImage(Map<String, AttributeValue> image) {
        return YixinTable.subjectItem(image, "OBJ#").map(k -> toCase(k.tenantId(), k.subjectId(), image));
    }

    static Map<String, AttributeValue> caseItem(ObjectionCase c) {
        Attr.Item item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(c.tenantId(), c.subjectId()))
                .put(YixinTable.SK, "OBJ#" + c.caseId())
                .put("caseId", c.caseId())
                .put("target", c.target())
                .put("targetId", c.targetId())
                .put("ground", c.ground())
                .put("statement", c.statement())
                .putList("attachmentIds", c.attachmentIds().stream().map(AttributeValue::fromS).toList())
                .put("channel", c.channel())
                .put("filedBy", c.filedBy())
                .put("filedAt", c.filedAt())
                .put("noticeDate", c.noticeDate())
                .put("receivedOn", c.receivedOn())
                .put("filingDue", c.filingDue())
                .put("decisionDue", c.decisionDue())
                .put("status", c.status())
                .put("handler", c.handler())
                .put("source", c.source())
                .put("forwardedTo", c.forwardedTo())
                .put("acceptedBy", c.acceptedBy())
                .put("outcome", c.outcome())
                .put("reasons", c.reasons())
                .put("correctionRecordId", c.correctionRecordId())
                .put("decidedBy", c.decidedBy())
                .put("decidedAt", c.decidedAt())
                .put("reviewRequestDue", c.reviewRequestDue())
                .put("overdue", c.overdue())
                .put("decidingBy", c.decidingBy())
                .put("decidingUntil", c.decidingUntil())
                .put("version", c.version())
                .putList("history", c.history().stream().map(DynamoObjectionRepository::event).toList());
        if (c.review() != null) {
            Review r = c.review();
            item.put("review", AttributeValue.fromM(new Attr.Item()
                    .put("reviewTenant", r.reviewTenant())
                    .put("statement", r.statement())
                    .put("requestedBy", r.requestedBy())
                    .put("requestedAt", r.requestedAt())
                    .put("requestedOn", r.requestedOn())
                    .put("due", r.due())
                    .put("outcome", r.outcome())
                    .put("reasons", r.reasons())
                    .put("decidedBy", r.decidedBy())
                    .put("decidedAt", r.decidedAt())
                    .put("correctionRecordId", r.correctionRecordId())
                    .put("overdue", r.overdue())
                    .build()));
        }
        return item.build();
    }

    private static AttributeValue event(CaseEvent e) {
        return AttributeValue.fromM(new Attr.Item().put("at", e.at()).put("action", e.action()).put("by", e.by())
                .put("status", e.status()).put("note", e.note()).build());
    }

    static ObjectionCase toCase(String tenantId, String subjectId, Map<String, AttributeValue> i) {
        Review review = null;
        AttributeValue rv = i.get("review");
        if (rv != null && rv.hasM()) {
            var r = rv.m();
            review = new Review(str(r, "reviewTenant"), str(r, "statement"), str(r, "requestedBy"),
                    instant(r, "requestedAt"), date(r, "requestedOn"), date(r, "due"),
                    enumOf(r, "outcome", Outcome.class), str(r, "reasons"), str(r, "decidedBy"),
                    instant(r, "decidedAt"), str(r, "correctionRecordId"), flag(r, "overdue"));
        }
        List<CaseEvent> history = Attr.list(i, "history").stream().map(AttributeValue::m)
                .map(e -> new CaseEvent(instant(e, "at"), str(e, "action"), str(e, "by"),
                        enumOf(e, "status", ObjectionStatus.class), str(e, "note")))
                .toList();
        return new ObjectionCase(str(i, "caseId"), tenantId, subjectId, enumOf(i, "target", DisputeTarget.class),
                str(i, "targetId"), enumOf(i, "ground", ObjectionGround.class), str(i, "statement"),
                Attr.list(i, "attachmentIds").stream().map(AttributeValue::s).toList(),
                enumOf(i, "channel", Channel.class), str(i, "filedBy"), instant(i, "filedAt"), date(i, "noticeDate"),
                date(i, "receivedOn"), date(i, "filingDue"), date(i, "decisionDue"),
                enumOf(i, "status", ObjectionStatus.class), str(i, "handler"), str(i, "source"),
                str(i, "forwardedTo"), str(i, "acceptedBy"), enumOf(i, "outcome", Outcome.class), str(i, "reasons"),
                str(i, "correctionRecordId"), str(i, "decidedBy"), instant(i, "decidedAt"),
                date(i, "reviewRequestDue"), review, flag(i, "overdue"), str(i, "decidingBy"),
                instant(i, "decidingUntil"), num(i, "version"), history);
    }
}
