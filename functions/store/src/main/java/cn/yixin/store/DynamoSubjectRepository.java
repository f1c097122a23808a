package cn.yixin.store;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectLink;
import cn.yixin.domain.subject.SubjectSummary;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.s;

public final class DynamoSubjectRepository implements SubjectRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoSubjectRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public void register(Subject subject, GradeChange first, IdempotentResponse response) {
        String tenant = subject.tenantId();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, ItemMapper.subjectItem(subject)));
        items.add(Transact.putNew(table, new Attr.Item()
                .put(YixinTable.PK, YixinTable.tenantPrefix(tenant) + "IDX#" + subject.identifier().lookupHash())
                .put(YixinTable.SK, "IDX")
                .put("subjectId", subject.id())
                .build()));
        items.add(Transact.putNew(table, ItemMapper.historyItem(tenant, subject.id(), first)));
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(tenant).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            if (Transact.failed(reasons, 3)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            if (Transact.failed(reasons, 1)) {
                String existing = findIdByIdentifierHash(tenant, subject.identifier().lookupHash()).orElse("?");
                throw new DomainException(DomainException.Kind.CONFLICT, "SUBJECT_EXISTS",
                        "该证件号码或统一社会信用代码已登记为信用主体 " + existing + "。",
                        "A subject with this identifier is already registered: " + existing + ".",
                        Map.of("existingSubjectId", existing));
            }
            throw e;
        }
    }

    @Override
    public Optional<Subject> find(String tenantId, String subjectId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(ItemMapper.subjectKey(tenantId, subjectId))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ItemMapper.subject(item));
    }

    @Override
    public Optional<String> findIdByIdentifierHash(String tenantId, String lookupHash) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, s(YixinTable.tenantPrefix(tenantId) + "IDX#" + lookupHash),
                YixinTable.SK, s("IDX")))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(Attr.str(item, "subjectId"));
    }

    @Override
    public Page<SubjectSummary> list(String tenantId, SubjectKind kind, String grade, String cursor, int limit) {
        String gsiPk = YixinTable.tenantPrefix(tenantId) + "KIND#" + kind.name();
        var q = QueryRequest.builder().tableName(table).indexName(YixinTable.GSI1).limit(limit);
        if (grade == null) {
            q.keyConditionExpression("gsi1pk = :pk").expressionAttributeValues(Map.of(":pk", s(gsiPk)));
        } else {
            q.keyConditionExpression("gsi1pk = :pk AND begins_with(gsi1sk, :g)")
                    .expressionAttributeValues(Map.of(":pk", s(gsiPk), ":g", s("G#" + grade + "#")));
        }
        if (cursor != null) {
            q.exclusiveStartKey(Cursor.decode(cursor, gsiPk));
        }
        QueryResponse res = clients.forTenant(tenantId).query(q.build());
        List<SubjectSummary> subjects = res.items().stream().map(ItemMapper::summary).toList();
        String next = res.hasLastEvaluatedKey() && !res.lastEvaluatedKey().isEmpty()
                ? Cursor.encode(res.lastEvaluatedKey()) : null;
        return new Page<>(subjects, next);
    }

    @Override
    public void link(String tenantId, SubjectLink link, IdempotentResponse response) {
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(Transact.putNew(table, ItemMapper.linkItem(tenantId, link.personId(), link)));
        items.add(Transact.putNew(table, ItemMapper.linkItem(tenantId, link.institutionId(), link)));
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(tenantId).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (Transact.failed(e.cancellationReasons(), 2)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw DomainException.conflict("LINK_EXISTS", "该关联关系已经登记。", "This link is already recorded.");
        }
    }

    @Override
    public List<SubjectLink> links(String tenantId, String subjectId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "L#")
                .stream().map(ItemMapper::link).toList();
    }

    @Override
    public List<GradeChange> history(String tenantId, String subjectId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "H#")
                .stream().map(ItemMapper::history).toList();
    }
}
