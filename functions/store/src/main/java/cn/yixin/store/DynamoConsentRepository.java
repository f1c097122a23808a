package cn.yixin.store;

import cn.yixin.domain.disclosure.Consent;
import cn.yixin.domain.disclosure.ConsentPart;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.yixin.store.Attr.s;
import static cn.yixin.store.Attr.str;

/**
 * A consent is two items written in one transaction: {@code CS#<id>} in the subject's partition (the subject's list)
 * and {@code T#<tenant>#CONSENT#<token hash>} / {@code CONSENT} (the third party's lookup, by the token's digest only).
 * A revocation rewrites both, conditional on neither being revoked yet. Query log lines are {@code CQ#<time>#<n>} in
 * the subject's partition.
 */
public final class DynamoConsentRepository implements ConsentRepository {

    private final DynamoClients clients;
    private final String table;

    public DynamoConsentRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    private static Map<String, AttributeValue> body(Consent c) {
        return new Attr.Item()
                .put("consentId", c.id())
                .put("tenantId", c.tenantId())
                .put("subjectId", c.subjectId())
                .put("grantee", c.grantee())
                .put("purpose", c.purpose())
                .put("part", c.part().name())
                .put("until", c.until().toString())
                .put("grantedAt", c.grantedAt())
                .put("revokedAt", c.revokedAt())
                .put("tokenHash", c.tokenHash())
                .build();
    }

    private static Map<String, AttributeValue> subjectItem(Consent c) {
        Map<String, AttributeValue> m = new java.util.HashMap<>(body(c));
        m.put(YixinTable.PK, s(YixinTable.subjectPk(c.tenantId(), c.subjectId())));
        m.put(YixinTable.SK, s("CS#" + c.id()));
        return m;
    }

    private static Map<String, AttributeValue> lookupItem(Consent c) {
        Map<String, AttributeValue> m = new java.util.HashMap<>(body(c));
        m.put(YixinTable.PK, s(lookupPk(c.tenantId(), c.tokenHash())));
        m.put(YixinTable.SK, s("CONSENT"));
        return m;
    }

    private static String lookupPk(String tenantId, String tokenHash) {
        return YixinTable.tenantPrefix(tenantId) + "CONSENT#" + tokenHash;
    }

    @Override
    public boolean grant(Consent c) {
        return transact(List.of(Transact.putNew(table, subjectItem(c)), Transact.putNew(table, lookupItem(c))), c.tenantId());
    }

    @Override
    public boolean revoke(Consent c, Instant at) {
        Consent r = c.revoked(at);
        String cond = "attribute_exists(pk) AND attribute_not_exists(revokedAt)";
        return transact(List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(subjectItem(r))
                        .conditionExpression(cond).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(lookupItem(r))
                        .conditionExpression(cond).build()).build()), c.tenantId());
    }

    private boolean transact(List<TransactWriteItem> items, String tenantId) {
        try {
            clients.forTenant(tenantId).transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items).build());
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    @Override
    public Optional<Consent> find(String tenantId, String subjectId, String consentId) {
        var i = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, s(YixinTable.subjectPk(tenantId, subjectId)), YixinTable.SK, s("CS#" + consentId)))).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(consent(i));
    }

    @Override
    public Optional<Consent> findByTokenHash(String tenantId, String tokenHash) {
        var i = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(Map.of(
                YixinTable.PK, s(lookupPk(tenantId, tokenHash)), YixinTable.SK, s("CONSENT")))).item();
        return i == null || i.isEmpty() ? Optional.empty() : Optional.of(consent(i));
    }

    @Override
    public List<Consent> list(String tenantId, String subjectId) {
        List<Consent> out = new ArrayList<>();
        for (var i : Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "CS#")) {
            out.add(consent(i));
        }
        out.sort(Comparator.comparing(Consent::grantedAt).reversed());
        return out;
    }

    @Override
    public void log(QueryLog e) {
        Map<String, AttributeValue> item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.subjectPk(e.tenantId(), e.subjectId()))
                .put(YixinTable.SK, "CQ#" + e.at() + "#" + UUID.randomUUID().toString().substring(0, 8))
                .put("consentId", e.consentId())
                .put("grantee", e.grantee())
                .put("part", e.part())
                .put("outcome", e.outcome())
                .put("at", e.at())
                .build();
        clients.forTenant(e.tenantId()).putItem(b -> b.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public List<QueryLog> queries(String tenantId, String subjectId, int limit) {
        List<QueryLog> out = new ArrayList<>();
        for (var i : Transact.queryAll(clients.forTenant(tenantId), table, YixinTable.subjectPk(tenantId, subjectId), "CQ#")) {
            out.add(new QueryLog(tenantId, subjectId, str(i, "consentId"), str(i, "grantee"), str(i, "part"),
                    str(i, "outcome"), Attr.instant(i, "at")));
        }
        out.sort(Comparator.comparing(QueryLog::at).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static Consent consent(Map<String, AttributeValue> i) {
        return new Consent(str(i, "consentId"), str(i, "tenantId"), str(i, "subjectId"), str(i, "grantee"),
                str(i, "purpose"), ConsentPart.valueOf(str(i, "part")), LocalDate.parse(str(i, "until")),
                Attr.instant(i, "grantedAt"), Attr.instant(i, "revokedAt"), str(i, "tokenHash"));
    }
}
