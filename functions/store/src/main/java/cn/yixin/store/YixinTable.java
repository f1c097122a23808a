package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

import java.util.Map;
import java.util.Optional;

/**
 * The one pooled table (ARCHITECTURE: data). Every tenant-owned key starts with {@code T#<tenant>#} so that an IAM
 * session policy on dynamodb:LeadingKeys can confine a function to one tenant. Only the platform's tenant
 * registry lives outside a tenant prefix.
 *
 * <pre>
 * pk                                   sk                         what
 * PLATFORM#TENANTS                     &lt;tenant&gt;                   registry row: name, current config version
 * T#&lt;t&gt;#CONFIG                         V#&lt;version 10 digits&gt;      one configuration version (never changed)
 * T#&lt;t&gt;#S#&lt;subject&gt;                   PROFILE                    subject, live standing, version, head hash
 * T#&lt;t&gt;#S#&lt;subject&gt;                   R#&lt;seq 10 digits&gt;          archive entry (append-only)
 * T#&lt;t&gt;#S#&lt;subject&gt;                   H#&lt;seq 10 digits&gt;          grade history
 * T#&lt;t&gt;#S#&lt;subject&gt;                   L#&lt;relation&gt;#&lt;other&gt;       link to an institution / person
 * T#&lt;t&gt;#IDX#&lt;keyed hash&gt;               IDX                        identifier -> subject (uniqueness)
 * T#&lt;t&gt;#IDEM#&lt;key&gt;                     IDEM                       idempotent response, expires by TTL
 * T#&lt;t&gt;#BOUNDARY#&lt;day&gt;                B#&lt;subject&gt;#&lt;record&gt;      a record starts/stops counting that day (R-3.3),
 *                                                                 for the daily re-grade; expires by TTL
 * T#&lt;t&gt;#PENALTY#&lt;date&gt;                B#&lt;subject&gt;#&lt;record&gt;      a dishonesty record's penalty date (R-11.2),
 *                                                                 for the publication-end sweep
 * GSI1: gsi1pk = T#&lt;t&gt;#KIND#&lt;kind&gt;, gsi1sk = G#&lt;grade&gt;#&lt;subject&gt;    list subjects by kind and grade
 * </pre>
 */
public final class YixinTable {

    public static final String PK = "pk";
    public static final String SK = "sk";
    public static final String GSI1 = "gsi1";
    public static final String GSI1_PK = "gsi1pk";
    public static final String GSI1_SK = "gsi1sk";
    public static final String TTL = "expiresAt";
    /** What the kind/grade index projects: a list row, not the explanation (see SubjectSummary). */
    public static final java.util.List<String> GSI1_ATTRIBUTES = java.util.List.of("tenantId", "subjectId", "kind",
            "displayName", "idMasked", "grade", "gradeName", "score", "configVersion", "registeredAt",
            // Evaluation results listed by cycle, kind and grade (EvaluationItems): the row and what publication
            // needs, never the explanation.
            "year", "resultVersion", "status", "exclusion", "lowestGradeOverride", "scheme", "asOf", "noticeDate",
            "objectionDeadline", "publishedAt", "createdAt", "cause", "reason", "basis", "objectionCase");

    private YixinTable() {
    }

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        attr(PK), attr(SK), attr(GSI1_PK), attr(GSI1_SK))
                .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(GSI1)
                        .keySchema(key(GSI1_PK, KeyType.HASH), key(GSI1_SK, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes(GSI1_ATTRIBUTES).build())
                        .build())
                .streamSpecification(StreamSpecification.builder()
                        .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build())
                .build();
    }

    /** Creates the table unless it exists; used by the local run and the tests (the cloud table comes from infra/). */
    public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
        try {
            dynamo.createTable(definition(tableName));
        } catch (ResourceInUseException alreadyThere) {
            // Another test class or an earlier start created it: same definition, nothing to do.
        }
    }

    private static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    static String tenantPrefix(String tenantId) {
        return "T#" + tenantId + "#";
    }

    static String subjectPk(String tenantId, String subjectId) {
        return tenantPrefix(tenantId) + "S#" + subjectId;
    }

    /** Tenant and subject of a subject partition key; empty for every other key. */
    record SubjectKey(String tenantId, String subjectId) {
    }

    /** Reads a stream image's keys: the subject partition, when {@code sk} starts with {@code skPrefix}. */
    static Optional<SubjectKey> subjectItem(Map<String, AttributeValue> image, String skPrefix) {
        AttributeValue pk = image == null ? null : image.get(PK);
        AttributeValue sk = image == null ? null : image.get(SK);
        if (pk == null || sk == null || pk.s() == null || sk.s() == null || !sk.s().startsWith(skPrefix)
                || !pk.s().startsWith("T#")) {
            return Optional.empty();
        }
        int s = pk.s().indexOf("#S#", 2);
        return s < 0 ? Optional.empty() : Optional.of(new SubjectKey(pk.s().substring(2, s), pk.s().substring(s + 3)));
    }

    /** The key of a day's {@link DayRows} (see the key table). */
    static String dayPk(String tenantId, DayRows rows, java.time.LocalDate day) {
        return tenantPrefix(tenantId) + rows.name() + "#" + day;
    }

    static String seq(long n) {
        return String.format("%010d", n);
    }
}
