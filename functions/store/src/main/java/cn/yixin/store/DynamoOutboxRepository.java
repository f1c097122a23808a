package cn.yixin.store;

import cn.yixin.domain.exchange.SharedEvent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outbox in the single table: {@code pk = T#<tenant>#OUTBOX}, {@code sk = O#<subject>#<sequence>#<n>}. The
 * partition starts with the tenant prefix, so the tenant fence on {@code dynamodb:LeadingKeys} covers it too.
 */
public final class DynamoOutboxRepository implements OutboxRepository {

    private final DynamoClients clients;
    private final String table;

    public DynamoOutboxRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    static String pk(String tenantId) {
        return YixinTable.tenantPrefix(tenantId) + "OUTBOX";
    }

    /** The outbox items an archive entry produces (SharingPolicy), for the entry's own transaction. */
    static List<Map<String, AttributeValue>> items(String tenantId, ArchiveEntry e) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        int n = 0;
        for (SharedEvent ev : cn.yixin.domain.exchange.SharingPolicy.eventsOf(tenantId, e.sequence(), e.record())) {
            Map<String, AttributeValue> item = new java.util.HashMap<>(ItemMapper.entryItem(tenantId, e));
            item.put(YixinTable.PK, Attr.s(pk(tenantId)));
            item.put(YixinTable.SK, Attr.s("O#" + e.record().subjectId() + "#" + YixinTable.seq(e.sequence()) + "#" + n++));
            item.put("eventId", Attr.s(ev.eventId()));
            item.put("eventType", Attr.s(ev.type().name()));
            if (ev.revokesEventId() != null) {
                item.put("revokes", Attr.s(ev.revokesEventId()));
                item.put("reason", Attr.s(ev.reason()));
            }
            item.put("attempts", Attr.n(0));
            out.add(item);
        }
        return out;
    }

    /** The attribute that marks an outbox item carrying a result version rather than an archive entry. */
    static final String SHARES = "shares";

    /**
     * The outbox item a published result version produces (issue 14, R-5.7), for the publication's own transaction:
     * {@code sk = O#<subject>#R#<year>#<version>}, after the subject's archive events (digits sort before {@code R}),
     * the versions of a year in order. Empty for a result that is not published.
     */
    public static java.util.Optional<Map<String, AttributeValue>> resultItem(cn.yixin.domain.evaluation.CycleResult r) {
        return cn.yixin.domain.exchange.SharingPolicy.eventOf(r).map(ev -> {
            Map<String, AttributeValue> item = new java.util.HashMap<>(EvaluationItems.resultItem(r, false));
            item.put(YixinTable.PK, Attr.s(pk(r.tenantId())));
            item.put(YixinTable.SK, Attr.s("O#" + r.subjectId() + "#R#" + r.year() + "#"
                    + YixinTable.seq(r.version())));
            item.put(SHARES, Attr.s("RESULT"));
            item.put("eventId", Attr.s(ev.eventId()));
            item.put("eventType", Attr.s(ev.type().name()));
            item.put("attempts", Attr.n(0));
            return item;
        });
    }

    static OutboxItem fromItem(String tenantId, Map<String, AttributeValue> item) {
        if ("RESULT".equals(Attr.str(item, SHARES))) {
            cn.yixin.domain.evaluation.CycleResult r = EvaluationItems.result(item);
            SharedEvent ev = new SharedEvent(Attr.str(item, "eventId"),
                    SharedEvent.Type.valueOf(Attr.str(item, "eventType")), 0, null, null, null, r);
            AttributeValue attempts = item.get("attempts");
            return new OutboxItem(tenantId, r.subjectId(), Attr.str(item, YixinTable.SK), ev,
                    attempts == null ? 0 : Integer.parseInt(attempts.n()), Attr.str(item, "lastError"));
        }
        ArchiveEntry e = ItemMapper.entry(item);
        SharedEvent ev = new SharedEvent(Attr.str(item, "eventId"),
                SharedEvent.Type.valueOf(Attr.str(item, "eventType")), e.sequence(), e.record(),
                Attr.str(item, "revokes"), Attr.str(item, "reason"));
        AttributeValue attempts = item.get("attempts");
        return new OutboxItem(tenantId, e.record().subjectId(), Attr.str(item, YixinTable.SK), ev,
                attempts == null ? 0 : Integer.parseInt(attempts.n()), Attr.str(item, "lastError"));
    }

    @Override
    public List<OutboxItem> pending(String tenantId, int limit) {
        List<OutboxItem> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse res = clients.forTenant(tenantId).query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :p)")
                    .expressionAttributeValues(Map.of(":pk", Attr.s(pk(tenantId)), ":p", Attr.s("O#")))
                    .consistentRead(true).limit(limit - out.size()).exclusiveStartKey(start).build());
            for (Map<String, AttributeValue> i : res.items()) {
                out.add(fromItem(tenantId, i));
            }
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null && out.size() < limit);
        return out;
    }

    @Override
    public void remove(OutboxItem item) {
        clients.forTenant(item.tenantId()).deleteItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, Attr.s(pk(item.tenantId())), YixinTable.SK, Attr.s(item.key()))));
    }

    @Override
    public OutboxItem failed(OutboxItem item, String reason) {
        String why = reason == null ? "unknown" : reason.length() > 300 ? reason.substring(0, 300) : reason;
        clients.forTenant(item.tenantId()).updateItem(b -> b.tableName(table).key(Map.of(
                        YixinTable.PK, Attr.s(pk(item.tenantId())), YixinTable.SK, Attr.s(item.key())))
                .updateExpression("SET attempts = if_not_exists(attempts, :z) + :one, lastError = :e")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":z", Attr.n(0), ":one", Attr.n(1), ":e", Attr.s(why))));
        return new OutboxItem(item.tenantId(), item.subjectId(), item.key(), item.event(), item.attempts() + 1, why);
    }
}
