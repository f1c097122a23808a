package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.s;
import static cn.yixin.store.Attr.str;

/** Documents under {@code D#<id>} in the subject's partition; issued once (conditional put), never changed. */
public final class DynamoDocumentRepository implements DocumentRepository {

    private final DynamoClients clients;
    private final String table;

    public DynamoDocumentRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    @Override
    public boolean addIfAbsent(StoredDocument d) {
        Map<String, AttributeValue> item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(d.tenantId(), d.subjectId()))
                .put(YixinTable.SK, "D#" + d.documentId())
                .put("documentId", d.documentId())
                .put("kind", d.kind())
                .put("title", d.titleZh())
                .put("number", d.number())
                .putList("paragraphs", d.paragraphs().stream().map(AttributeValue::fromS).toList())
                .put("issuer", d.issuer())
                .put("reference", d.reference())
                .put("issuedAt", d.issuedAt())
                .build();
        try {
            clients.forTenant(d.tenantId()).putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException already) {
            return false;
        }
    }

    @Override
    public Optional<StoredDocument> find(String tenantId, String subjectId, String documentId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, s(YixinTable.subjectPk(tenantId, subjectId)), YixinTable.SK, s("D#" + documentId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(toDocument(tenantId, subjectId, item));
    }

    @Override
    public List<StoredDocument> list(String tenantId, String subjectId) {
        List<StoredDocument> out = new ArrayList<>();
        for (var i : Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "D#")) {
            out.add(toDocument(tenantId, subjectId, i));
        }
        out.sort((a, b) -> a.issuedAt().compareTo(b.issuedAt()));
        return out;
    }

    private static StoredDocument toDocument(String tenantId, String subjectId, Map<String, AttributeValue> i) {
        return new StoredDocument(str(i, "documentId"), tenantId, subjectId, str(i, "kind"), str(i, "title"),
                str(i, "number"), Attr.list(i, "paragraphs").stream().map(AttributeValue::s).toList(),
                str(i, "issuer"), str(i, "reference"), Attr.instant(i, "issuedAt"));
    }
}
