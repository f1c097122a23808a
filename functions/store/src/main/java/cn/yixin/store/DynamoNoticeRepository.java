package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.str;

/**
 * Notices live in the subject's own partition under {@code N#<id>}: the id is deterministic per event, so the
 * conditional put is what makes "one notice per subject per event" hold across retries and resumed runs.
 */
public final class DynamoNoticeRepository implements NoticeRepository {

    private final DynamoClients clients;
    private final String table;

    public DynamoNoticeRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    @Override
    public boolean addIfAbsent(StoredNotice n) {
        Map<String, AttributeValue> item = item(n);
        try {
            clients.forTenant(n.tenantId()).putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException already) {
            return false;
        }
    }

    /** The inbox item of a notice; also written inside other transactions (a confirmed warning, R-8.1). */
    static Map<String, AttributeValue> item(StoredNotice n) {
        return new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(n.tenantId(), n.subjectId()))
                .put(YixinTable.SK, "N#" + n.id())
                .put("noticeId", n.id())
                .put("kind", n.kind())
                .put("title", n.titleZh())
                .put("body", n.bodyZh())
                .put("deadline", n.deadline())
                .put("reference", n.reference())
                .put("createdAt", n.createdAt())
                .build();
    }

    /**
     * The notice an item image holds (a stream record's new image), or empty when the image is not an inbox notice
     * ({@code pk = T#<tenant>#S#<subject>}, {@code sk = N#<id>}).
     */
    public static Optional<StoredNotice> fromImage(Map<String, AttributeValue> i) {
        return YixinTable.subjectItem(i, "N#").map(k -> new StoredNotice(str(i, "noticeId"), k.tenantId(),
                k.subjectId(), str(i, "kind"), str(i, "title"), str(i, "body"), Attr.date(i, "deadline"),
                str(i, "reference"), Attr.instant(i, "createdAt")));
    }

    @Override
    public List<StoredNotice> list(String tenantId, String subjectId) {
        List<StoredNotice> out = new ArrayList<>();
        for (Map<String, AttributeValue> i : Transact.queryAll(clients.forTenant(tenantId), table,
                YixinTable.subjectPk(tenantId, subjectId), "N#")) {
            out.add(new StoredNotice(str(i, "noticeId"), tenantId, subjectId, str(i, "kind"), str(i, "title"),
                    str(i, "body"), Attr.date(i, "deadline"), str(i, "reference"), Attr.instant(i, "createdAt")));
        }
        out.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        return Collections.unmodifiableList(out);
    }
}
