package cn.yixin.store;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleResult;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.evaluation.ResultStatus;
import cn.yixin.domain.evaluation.SubjectFacts;
import cn.yixin.domain.subject.Subject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static cn.yixin.store.Attr.s;

public final class DynamoEvaluationRepository implements EvaluationRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoEvaluationRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    private DynamoDbClient db(String tenantId) {
        return clients.forTenant(tenantId);
    }

    // ---- facts

    @Override
    public SubjectFacts facts(String tenantId, String subjectId) {
        return EvaluationItems.facts(Transact.queryAll(db(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "F#"));
    }

    @Override
    public void recordFacts(String tenantId, String subjectId, SubjectFacts.Agreement agreement,
                            SubjectFacts.FundExpenditure fund, IdempotentResponse response) {
        recordFacts(tenantId, subjectId, agreement, fund, List.of(), response);
    }

    @Override
    public void recordFacts(String tenantId, String subjectId, SubjectFacts.Agreement agreement,
                            SubjectFacts.FundExpenditure fund, List<cn.yixin.domain.monitoring.Warning> warnings,
                            IdempotentResponse response) {
        List<cn.yixin.domain.monitoring.Warning> toRaise = new ArrayList<>(warnings);
        for (int attempt = 1; ; attempt++) {
            List<TransactWriteItem> items = new ArrayList<>();
            // Facts are the bureau's latest word, so they replace; the profile must exist (a fact about nobody is a typo).
            items.add(TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                    .key(ItemMapper.subjectKey(tenantId, subjectId)).conditionExpression("attribute_exists(pk)")).build());
            if (agreement != null) {
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                        .item(EvaluationItems.agreementItem(tenantId, subjectId, agreement)).build()).build());
            }
            if (fund != null) {
                items.add(TransactWriteItem.builder().put(Put.builder().tableName(table)
                        .item(EvaluationItems.fundItem(tenantId, subjectId, fund)).build()).build());
            }
            // R-8.1: the warnings the facts raise, each put only onto a free key (once per subject, rule and year).
            int firstWarning = items.size();
            for (cn.yixin.domain.monitoring.Warning w : toRaise) {
                items.add(Transact.putNew(table, MonitoringItems.warningItem(tenantId, w)));
            }
            int idem = items.size();
            Transact.addIdempotency(table, items, response, clock);
            try {
                db(tenantId).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
                return;
            } catch (TransactionCanceledException e) {
                if (response != null && Transact.failed(e.cancellationReasons(), idem)) {
                    throw new IdempotencyKeyUsed(response.key());
                }
                if (Transact.failed(e.cancellationReasons(), 0)) {
                    throw new ConcurrentUpdate("no subject " + subjectId);
                }
                List<cn.yixin.domain.monitoring.Warning> still = new ArrayList<>();
                for (int i = 0; i < toRaise.size(); i++) {
                    if (!Transact.failed(e.cancellationReasons(), firstWarning + i)) {
                        still.add(toRaise.get(i));
                    }
                }
                // A warning another write already stored: write the facts without it (it exists once already).
                if (still.size() == toRaise.size() || attempt >= 3) {
                    throw e;
                }
                toRaise = still;
            }
        }
    }

    // ---- snapshot and roster

    @Override
    public Optional<SubjectSnapshot> snapshot(String tenantId, String subjectId) {
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse res = db(tenantId).query(QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(YixinTable.subjectPk(tenantId, subjectId))))
                    .exclusiveStartKey(start).build());
            all.addAll(res.items());
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        Subject subject = null;
        List<ArchiveEntry> entries = new ArrayList<>();
        List<Map<String, AttributeValue>> facts = new ArrayList<>();
        List<CycleResult> results = new ArrayList<>();
        for (Map<String, AttributeValue> item : all) {
            String sk = Attr.str(item, YixinTable.SK);
            if (ItemMapper.PROFILE.equals(sk)) {
                subject = ItemMapper.subject(item);
            } else if (sk.startsWith("R#")) {
                entries.add(ItemMapper.entry(item));
            } else if (sk.startsWith("F#")) {
                facts.add(item);
            } else if (sk.startsWith("E#")) {
                results.add(EvaluationItems.result(item));
            }
        }
        return subject == null ? Optional.empty()
                : Optional.of(new SubjectSnapshot(subject, entries, EvaluationItems.facts(facts), results));
    }

    @Override
    public List<String> subjectIds(String tenantId, SubjectKind kind) {
        TreeSet<String> ids = new TreeSet<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse res = db(tenantId).query(QueryRequest.builder().tableName(table).indexName(YixinTable.GSI1)
                    .keyConditionExpression("gsi1pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(YixinTable.tenantPrefix(tenantId) + "KIND#" + kind.name())))
                    .projectionExpression("subjectId")
                    .exclusiveStartKey(start).build());
            res.items().forEach(i -> ids.add(Attr.str(i, "subjectId")));
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return List.copyOf(ids);
    }

    @Override
    public java.util.Set<String> resultSubjectIds(String tenantId, int year, SubjectKind kind) {
        TreeSet<String> ids = new TreeSet<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse res = db(tenantId).query(QueryRequest.builder().tableName(table).indexName(YixinTable.GSI1)
                    .keyConditionExpression("gsi1pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(EvaluationItems.resultGsiPk(tenantId, year, kind))))
                    .projectionExpression("subjectId")
                    .exclusiveStartKey(start).build());
            res.items().forEach(i -> ids.add(Attr.str(i, "subjectId")));
            start = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty() ? res.lastEvaluatedKey() : null;
        } while (start != null);
        return ids;
    }

    @Override
    public boolean reopen(String tenantId, int year, SubjectKind kind, String owner, Instant until) {
        try {
            db(tenantId).updateItem(b -> b.tableName(table).key(EvaluationItems.runKey(tenantId, year, kind))
                    .updateExpression("SET #st = :roster, #o = :me, #lease = :until, #chunk = :zero, #off = :zero, "
                            + "#all = :f, #pending = :none")
                    .conditionExpression("#st = :done")
                    .expressionAttributeNames(Map.of("#st", "status", "#o", "owner", "#lease", "leaseUntil",
                            "#chunk", "chunk", "#off", "offset", "#all", "allPublished", "#pending", "pending"))
                    .expressionAttributeValues(Map.of(":roster", s(CycleRun.Status.ROSTER.name()), ":me", s(owner),
                            ":until", Attr.n(until.toEpochMilli()), ":zero", Attr.n(0), ":f", Attr.bool(false),
                            ":none", AttributeValue.fromL(List.of()), ":done", s(CycleRun.Status.COMPLETED.name()))));
            return true;
        } catch (ConditionalCheckFailedException notCompleted) {
            return false;
        }
    }

    // ---- runs

    @Override
    public Optional<CycleRun> run(String tenantId, int year, SubjectKind kind) {
        var item = db(tenantId).getItem(b -> b.tableName(table).consistentRead(true)
                .key(EvaluationItems.runKey(tenantId, year, kind))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(EvaluationItems.run(item));
    }

    @Override
    public List<CycleRun> runs(String tenantId) {
        return Transact.queryAll(db(tenantId), table, EvaluationItems.runsPk(tenantId), "RUN#").stream()
                .map(EvaluationItems::run).toList();
    }

    @Override
    public boolean createRun(CycleRun run) {
        try {
            db(run.tenantId()).putItem(b -> b.tableName(table).item(EvaluationItems.runItem(run))
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public boolean takeLease(String tenantId, int year, SubjectKind kind, String owner, Instant now, Instant until) {
        try {
            db(tenantId).updateItem(b -> b.tableName(table).key(EvaluationItems.runKey(tenantId, year, kind))
                    .updateExpression("SET #o = :me, #lease = :until")
                    .conditionExpression("attribute_exists(pk) AND #st <> :done AND "
                            + "(attribute_not_exists(#o) OR #o = :me OR #lease < :now)")
                    .expressionAttributeNames(Map.of("#o", "owner", "#st", "status", "#lease", "leaseUntil"))
                    .expressionAttributeValues(Map.of(":me", s(owner), ":until", Attr.n(until.toEpochMilli()),
                            ":now", Attr.n(now.toEpochMilli()), ":done", s(CycleRun.Status.COMPLETED.name()))));
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
        }
    }

    @Override
    public void writeRoster(CycleRun run, List<List<String>> chunks, String owner, Instant leaseUntil) {
        DynamoDbClient db = db(run.tenantId());
        for (int i = 0; i < chunks.size(); i++) {
            // Plain puts: a roster pass that died midway is simply written again, identically (ids are sorted).
            Map<String, AttributeValue> item = new Attr.Item()
                    .put(YixinTable.PK, EvaluationItems.rosterPk(run.tenantId(), run.year(), run.kind()))
                    .put(YixinTable.SK, EvaluationItems.rosterSk(i))
                    .putList("ids", chunks.get(i).stream().map(Attr::s).toList())
                    .build();
            db.putItem(b -> b.tableName(table).item(item));
        }
        int total = run.done() + chunks.stream().mapToInt(List::size).sum();
        updateOwned(run, owner, "SET #st = :running, #total = :total, #chunks = :chunks, #lease = :until",
                Map.of(":running", s(CycleRun.Status.RUNNING.name()), ":total", Attr.n(total),
                        ":chunks", Attr.n(chunks.size()), ":until", Attr.n(leaseUntil.toEpochMilli())));
    }

    @Override
    public List<String> rosterChunk(String tenantId, int year, SubjectKind kind, int chunk) {
        var item = db(tenantId).getItem(b -> b.tableName(table).consistentRead(true).key(Map.of(
                YixinTable.PK, s(EvaluationItems.rosterPk(tenantId, year, kind)),
                YixinTable.SK, s(EvaluationItems.rosterSk(chunk))))).item();
        return item == null ? List.of() : Attr.list(item, "ids").stream().map(AttributeValue::s).toList();
    }

    @Override
    public void commitPage(CycleRun run, String owner, Instant leaseUntil, List<CycleResult> results, int nextChunk,
                           int nextOffset) {
        List<CycleResult> toWrite = new ArrayList<>(results);
        for (int attempt = 0; ; attempt++) {
            List<TransactWriteItem> items = new ArrayList<>();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (CycleResult r : toWrite) {
                items.add(Transact.putNew(table, EvaluationItems.resultItem(r, true)));
                counts.merge(r.grade(), 1L, Long::sum);
            }
            StringBuilder expr = new StringBuilder("SET #chunk = :chunk, #off = :offset, #pending = :pending, #lease = :until ADD #done :n");
            Map<String, String> names = new HashMap<>(Map.of("#o", "owner", "#off", "offset", "#chunk", "chunk",
                    "#pending", "pending", "#lease", "leaseUntil", "#done", "done"));
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":me", s(owner), ":chunk", Attr.n(nextChunk),
                    ":offset", Attr.n(nextOffset), ":until", Attr.n(leaseUntil.toEpochMilli()), ":n", Attr.n(toWrite.size()),
                    ":pending", AttributeValue.fromL(toWrite.stream().map(r -> s(r.subjectId())).toList())));
            int i = 0;
            for (Map.Entry<String, Long> c : counts.entrySet()) {
                expr.append(", #c").append(i).append(" :c").append(i);
                names.put("#c" + i, EvaluationItems.COUNT_PREFIX + c.getKey());
                values.put(":c" + i, Attr.n(c.getValue()));
                i++;
            }
            items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(EvaluationItems.runKey(run.tenantId(), run.year(), run.kind()))
                    .updateExpression(expr.toString())
                    .conditionExpression("#o = :me")
                    .expressionAttributeNames(names).expressionAttributeValues(values).build()).build());
            try {
                db(run.tenantId()).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
                return;
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (Transact.failed(reasons, toWrite.size())) {
                    throw new ConcurrentUpdate("lease on run " + run.year() + "/" + run.kind() + " lost");
                }
                List<CycleResult> fresh = new ArrayList<>();
                for (int k = 0; k < toWrite.size(); k++) {
                    if (!Transact.failed(reasons, k)) {
                        fresh.add(toWrite.get(k));
                    }
                }
                if (fresh.size() == toWrite.size() || attempt >= 2) {
                    throw e;
                }
                // Some subjects already have a result for this cycle: keep theirs, write the others.
                toWrite = fresh;
            }
        }
    }

    @Override
    public void clearPending(CycleRun run, String owner) {
        updateOwned(run, owner, "REMOVE #pending", Map.of());
    }

    @Override
    public void complete(CycleRun run, String owner, Instant at) {
        updateOwned(run, owner, "SET #st = :completed, #completedAt = :at REMOVE #o, #lease, #pending",
                Map.of(":completed", s(CycleRun.Status.COMPLETED.name()), ":at", s(at.toString())));
    }

    @Override
    public void releaseLease(CycleRun run, String owner) {
        try {
            updateOwned(run, owner, "REMOVE #o, #lease", Map.of());
        } catch (ConcurrentUpdate alreadyGone) {
            // someone else holds it now, or it completed: nothing of ours to release
        }
    }

    @Override
    public void markAllPublished(String tenantId, int year, SubjectKind kind) {
        db(tenantId).updateItem(b -> b.tableName(table).key(EvaluationItems.runKey(tenantId, year, kind))
                .updateExpression("SET #all = :t").expressionAttributeNames(Map.of("#all", "allPublished")).conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":t", Attr.bool(true))));
    }

    private void updateOwned(CycleRun run, String owner, String expression, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> v = new HashMap<>(values);
        v.put(":me", s(owner));
        Map<String, String> names = new HashMap<>();
        names.put("#o", "owner");
        Map.of("#st", "status", "#total", "total", "#chunks", "chunks", "#lease", "leaseUntil",
                "#pending", "pending", "#completedAt", "completedAt").forEach((k, n) -> {
            if (expression.contains(k + " ") || expression.contains(k + ",") || expression.endsWith(k)) {
                names.put(k, n);
            }
        });
        try {
            db(run.tenantId()).updateItem(b -> b.tableName(table)
                    .key(EvaluationItems.runKey(run.tenantId(), run.year(), run.kind()))
                    .updateExpression(expression).conditionExpression("#o = :me")
                    .expressionAttributeNames(names).expressionAttributeValues(v));
        } catch (ConditionalCheckFailedException lost) {
            throw new ConcurrentUpdate("lease on run " + run.year() + "/" + run.kind() + " lost");
        }
    }

    // ---- results

    @Override
    public List<CycleResult> results(String tenantId, String subjectId) {
        return Transact.queryAll(db(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "E#").stream()
                .map(EvaluationItems::result).toList();
    }

    @Override
    public Optional<CycleResult> latest(String tenantId, String subjectId, int year) {
        QueryResponse res = db(tenantId).query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :p)")
                .expressionAttributeValues(Map.of(":pk", s(YixinTable.subjectPk(tenantId, subjectId)),
                        ":p", s("E#" + year + "#")))
                .scanIndexForward(false).limit(1).build());
        return res.items().stream().findFirst().map(EvaluationItems::result);
    }

    @Override
    public Page<CycleResult> list(String tenantId, int year, SubjectKind kind, String gradeKey, ResultStatus status,
                                  String cursor, int limit) {
        String gsiPk = EvaluationItems.resultGsiPk(tenantId, year, kind);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(gsiPk)));
        var q = QueryRequest.builder().tableName(table).indexName(YixinTable.GSI1).limit(limit);
        String key = "gsi1pk = :pk";
        if (gradeKey != null) {
            key += " AND begins_with(gsi1sk, :g)";
            values.put(":g", s("G#" + gradeKey + "#"));
        }
        if (status != null) {
            q.filterExpression("#st = :st").expressionAttributeNames(Map.of("#st", "status"));
            values.put(":st", s(status.name()));
        }
        q.keyConditionExpression(key).expressionAttributeValues(values);
        if (cursor != null) {
            q.exclusiveStartKey(Cursor.decode(cursor, gsiPk));
        }
        QueryResponse res = db(tenantId).query(q.build());
        String next = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty()
                ? Cursor.encode(res.lastEvaluatedKey()) : null;
        return new Page<>(res.items().stream().map(EvaluationItems::result).toList(), next);
    }

    @Override
    public boolean changeStatus(CycleResult r, ResultStatus from, ResultStatus to, Instant publishedAt) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":from", s(from.name()), ":to", s(to.name())));
        String expr = "SET #st = :to";
        if (publishedAt != null) {
            expr += ", publishedAt = :at";
            values.put(":at", s(publishedAt.toString()));
        }
        if (to != ResultStatus.PUBLISHED) {
            return transition(r, expr, values);
        }
        // Issue 14 (R-5.7): the publication and its outbox event in one transaction — no published result without
        // its event, no event without its publication; a refused transition (moved, no longer latest) writes neither.
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(EvaluationItems.resultKey(r.tenantId(), r.subjectId(), r.year(), r.version()))
                .updateExpression(expr)
                .conditionExpression(EvaluationItems.TRANSITION_CONDITION)
                .expressionAttributeNames(EvaluationItems.STATUS_NAME)
                .expressionAttributeValues(values).build()).build());
        DynamoOutboxRepository.resultItem(r.withStatus(to, publishedAt != null ? publishedAt : r.publishedAt()))
                .ifPresent(event -> items.add(Transact.putNew(table, event)));
        try {
            db(r.tenantId()).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
            return true;
        } catch (TransactionCanceledException e) {
            if (Transact.failed(e.cancellationReasons(), 0)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean markObjection(CycleResult r, ResultStatus from, ResultStatus to, String caseId) {
        return transition(r, EvaluationItems.markExpression(caseId), EvaluationItems.markValues(from, to, caseId));
    }

    /**
     * Moves the latest version of a result from one status to another ({@code :from}, {@code :to} in values);
     * false when it is no longer in {@code :from} or no longer the latest (someone moved it first).
     */
    private boolean transition(CycleResult r, String update, Map<String, AttributeValue> values) {
        try {
            db(r.tenantId()).updateItem(b -> b.tableName(table)
                    .key(EvaluationItems.resultKey(r.tenantId(), r.subjectId(), r.year(), r.version()))
                    .updateExpression(update)
                    .conditionExpression(EvaluationItems.TRANSITION_CONDITION)
                    .expressionAttributeNames(EvaluationItems.STATUS_NAME)
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException moved) {
            return false;
        }
    }

    @Override
    public void revise(CycleResult previous, CycleResult next) {
        String tenant = previous.tenantId();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, EvaluationItems.resultItem(next, true)));
        items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(EvaluationItems.resultKey(tenant, previous.subjectId(), previous.year(), previous.version()))
                .updateExpression("REMOVE gsi1pk, gsi1sk")
                .conditionExpression("attribute_exists(gsi1pk)").build()).build());
        if (!previous.grade().equals(next.grade())) {
            items.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(EvaluationItems.runKey(tenant, previous.year(), previous.kind()))
                    .updateExpression("ADD #old :minus, #new :plus")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeNames(Map.of("#old", EvaluationItems.COUNT_PREFIX + previous.grade(),
                            "#new", EvaluationItems.COUNT_PREFIX + next.grade()))
                    .expressionAttributeValues(Map.of(":minus", Attr.n(-1), ":plus", Attr.n(1))).build()).build());
        }
        // Issue 14: a revised published result is shared as the new version's event, in the revision's transaction.
        DynamoOutboxRepository.resultItem(next).ifPresent(event -> items.add(Transact.putNew(table, event)));
        try {
            db(tenant).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            throw new ConcurrentUpdate("result " + previous.subjectId() + "/" + previous.year() + " v"
                    + previous.version() + " is no longer the latest");
        }
    }
}
