package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static cn.yixin.store.Attr.s;
import static cn.yixin.store.Attr.str;

/**
 * Issued reports under {@code T#<tenant>#REPORT#<code>} / {@code REPORT}: in the issuing tenant's prefix, so a
 * verification reads that tenant's keys only (dynamodb:LeadingKeys), written once and never changed.
 */
public final class DynamoReportRepository implements ReportRepository {

    private final DynamoClients clients;
    private final String table;

    public DynamoReportRepository(DynamoClients clients, String table) {
        this.clients = clients;
        this.table = table;
    }

    private static Map<String, AttributeValue> key(String tenantId, String code) {
        return Map.of(YixinTable.PK, s(YixinTable.tenantPrefix(tenantId) + "REPORT#" + code), YixinTable.SK, s("REPORT"));
    }

    @Override
    public boolean addIfAbsent(IssuedReport r) {
        Map<String, AttributeValue> item = new Attr.Item()
                .put(YixinTable.PK, YixinTable.tenantPrefix(r.tenantId()) + "REPORT#" + r.code())
                .put(YixinTable.SK, "REPORT")
                .put("code", r.code())
                .put("tenantId", r.tenantId())
                .put("subjectId", r.subjectId())
                .put("sha256", r.sha256())
                .put("bureau", r.bureau())
                .put("subjectName", r.subjectName())
                .put("subjectKind", r.subjectKind())
                .put("grade", r.grade())
                .put("gradeName", r.gradeName())
                .put("score", r.score())
                .put("configVersion", r.configVersion())
                .put("asOf", r.asOf().toString())
                .put("issuedAt", r.issuedAt())
                .put("pdf", r.keptPdf() == null ? null
                        : AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromByteArray(r.keptPdf())))
                .build();
        try {
            clients.forTenant(r.tenantId()).putItem(b -> b.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public Optional<IssuedReport> find(String tenantId, String code) {
        var i = clients.forTenant(tenantId).getItem(b -> b.tableName(table).key(key(tenantId, code))).item();
        if (i == null || i.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue score = i.get("score");
        return Optional.of(new IssuedReport(str(i, "code"), str(i, "tenantId"), str(i, "subjectId"), str(i, "sha256"),
                str(i, "bureau"), str(i, "subjectName"), str(i, "subjectKind"), str(i, "grade"), str(i, "gradeName"),
                score == null ? null : Integer.valueOf(score.n()), Integer.parseInt(i.get("configVersion").n()),
                LocalDate.parse(str(i, "asOf")), Attr.instant(i, "issuedAt"),
                i.get("pdf") == null ? null : i.get("pdf").b().asByteArray()));
    }
}
