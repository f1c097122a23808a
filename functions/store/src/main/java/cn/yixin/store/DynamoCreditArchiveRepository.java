package cn.yixin.store;

import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.Subject;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class DynamoCreditArchiveRepository implements CreditArchiveRepository {

    private final DynamoClients clients;
    private final String table;
    private final Clock clock;

    public DynamoCreditArchiveRepository(DynamoClients clients, String table, Clock clock) {
        this.clients = clients;
        this.table = table;
        this.clock = clock;
    }

    /**
     * The archive entry a stream image holds ({@code pk = T#<tenant>#S#<subject>}, {@code sk = R#…}); empty for every
     * other item of the table, and for an image that names no tenant.
     */
    public static Optional<TenantArchiveEntry> fromImage(Map<String, AttributeValue> image) {
        return YixinTable.subjectItem(image, "R#").map(k -> new TenantArchiveEntry(k.tenantId(), ItemMapper.entry(image)));
    }

    @Override
    public java.util.Set<String> subjectsListed(String tenantId, DayRows rows, java.time.LocalDate day) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Map<String, AttributeValue> row : Transact.queryAll(clients.forTenant(tenantId), table,
                YixinTable.dayPk(tenantId, rows, day), "B#")) {
            out.add(Attr.str(row, "subjectId"));
        }
        return out;
    }

    @Override
    public List<ArchiveEntry> entries(String tenantId, String subjectId) {
        return Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "R#")
                .stream().map(ItemMapper::entry).toList();
    }

    @Override
    public Optional<ArchiveEntry> entry(String tenantId, String subjectId, String recordId) {
        return entries(tenantId, subjectId).stream().filter(e -> e.record().id().equals(recordId)).findFirst();
    }

    @Override
    public void append(Subject before, Subject after, List<ArchiveEntry> newEntries, GradeChange change,
                       IdempotentResponse response) {
        String tenant = before.tenantId();
        List<TransactWriteItem> items = new ArrayList<>();
        Transact.addArchiveWrite(table, items, before, after, newEntries, change);
        int idemIndex = items.size();
        Transact.addIdempotency(table, items, response, clock);
        try {
            clients.forTenant(tenant).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
        } catch (TransactionCanceledException e) {
            if (response != null && Transact.failed(e.cancellationReasons(), idemIndex)) {
                throw new IdempotencyKeyUsed(response.key());
            }
            throw new ConcurrentUpdate("subject " + before.id() + " changed since version " + before.version());
        }
    }
}
