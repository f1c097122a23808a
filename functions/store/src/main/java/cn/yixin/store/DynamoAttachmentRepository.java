package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.s;
import static cn.yixin.store.Attr.str;

/** {@code T#<tenant>#ATT#<id>}: looked up by id alone, since cases reference attachments by id. */
public final class DynamoAttachmentRepository implements AttachmentRepository {

    private final DynamoClients clients;
    private final String table;

    public DynamoAttachmentRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    @Override
    public void add(AttachmentRecord a) {
        Map<String, AttributeValue> item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.tenantPrefix(a.tenantId()) + "ATT#" + a.attachmentId())
                .put(YixinTable.SK, "ATT")
                .put("subjectId", a.subjectId())
                .put("fileName", a.fileName())
                .put("contentType", a.contentType())
                .put("size", a.size())
                .put("sha256", a.sha256())
                .put("storageKey", a.storageKey())
                .put("uploadedAt", a.uploadedAt())
                .put("uploadedBy", a.uploadedBy())
                .build();
        clients.forTenant(a.tenantId()).putItem(b -> b.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<AttachmentRecord> find(String tenantId, String attachmentId) {
        var item = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, s(YixinTable.tenantPrefix(tenantId) + "ATT#" + attachmentId),
                YixinTable.SK, s("ATT")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AttachmentRecord(tenantId, attachmentId, str(item, "subjectId"), str(item, "fileName"),
                str(item, "contentType"), Attr.num(item, "size"), str(item, "sha256"), str(item, "storageKey"),
                Attr.instant(item, "uploadedAt"), str(item, "uploadedBy")));
    }
}
