package cn.yixin.store;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.ProtectedIdentifier;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes subjects and their archives straight into the table with the store's own item layouts (this class sits in
 * the store's package for that), 25 items per BatchWriteItem: registering 100,000 subjects through the API would
 * measure registration, not the cycle.
 */
public final class BenchSeeder {

    private final DynamoDbClient dynamo;
    private final String table;
    private final List<WriteRequest> batch = new ArrayList<>();

    public BenchSeeder(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public void subject(String tenant, String subjectId, SubjectKind kind, List<CreditRecord> records) {
        Standing standing = new Standing("institution", "POINTS", 850, "B", "良好", false, 1, LocalDate.of(2025, 12, 31),
                Instant.now(), List.of(), List.of());
        Subject s = new Subject(tenant, subjectId, kind, "基准测试医院" + subjectId, null,
                new ProtectedIdentifier("h-" + subjectId, "sealed", "9135********" + subjectId.substring(subjectId.length() - 4)),
                null, null, Instant.now(), "bench", records.size(), "head", standing);
        add(ItemMapper.subjectItem(s));
        long seq = 1;
        for (CreditRecord r : records) {
            add(ItemMapper.entryItem(tenant, new ArchiveEntry(seq++, r, "hash-" + seq)));
        }
    }

    private void add(Map<String, AttributeValue> item) {
        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        if (batch.size() == 25) {
            flush();
        }
    }

    public void flush() {
        Map<String, List<WriteRequest>> pending = Map.of(table, new ArrayList<>(batch));
        batch.clear();
        while (!pending.isEmpty() && !pending.getOrDefault(table, List.of()).isEmpty()) {
            Map<String, List<WriteRequest>> req = pending;
            BatchWriteItemResponse res = dynamo.batchWriteItem(b -> b.requestItems(req));
            pending = res.hasUnprocessedItems() ? res.unprocessedItems() : Map.of();
        }
    }
}
