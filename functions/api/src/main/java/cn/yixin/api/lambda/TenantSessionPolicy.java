package cn.yixin.api.lambda;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The inline IAM session policy a tenant-scoped function passes to {@code sts:AssumeRole} for one tenant. The
 * credentials it gets back can only touch items whose partition key (of the table, or of the index queried) starts
 * with {@code T#<tenant>#}, whatever the code later asks for: the effective rights of a session are the
 * intersection of the assumed role's policy and this one (ARCHITECTURE: tenancy, second layer).
 *
 * <pre>
 * {"Version":"2012-10-17","Statement":[{
 *   "Sid":"TenantItemsOnly","Effect":"Allow",
 *   "Action":["dynamodb:GetItem","dynamodb:Query"],
 *   "Resource":["&lt;tableArn&gt;","&lt;tableArn&gt;/index/*"],
 *   "Condition":{
 *     "ForAllValues:StringLike":{"dynamodb:LeadingKeys":["T#440300#*"]},
 *     "Null":{"dynamodb:LeadingKeys":"false"}}}]}
 * </pre>
 *
 * {@code ForAllValues} alone is also true when a request has no leading key at all (a Scan), so the {@code Null}
 * condition requires one. Pure: no AWS types, so it is unit-tested and documented as data.
 */
public final class TenantSessionPolicy {

    /** A tenant id is a six-digit administrative-division code; nothing else (no wildcard) may reach the policy. */
    private static final Pattern TENANT = Pattern.compile("\\d{6}");
    /** A DynamoDB table ARN in any partition (aws, aws-cn, aws-us-gov). */
    private static final Pattern TABLE_ARN =
            Pattern.compile("arn:aws[a-z-]*:dynamodb:[a-z0-9-]+:\\d{12}:table/[A-Za-z0-9_.-]{3,255}");
    private static final Pattern ACTION = Pattern.compile("dynamodb:[A-Za-z]+");

    /** Actions that never carry a leading key, or that read or write the whole table; never granted in a session. */
    private static final List<String> REFUSED = List.of("dynamodb:Scan", "dynamodb:DeleteTable",
            "dynamodb:UpdateTable", "dynamodb:CreateTable", "dynamodb:ExportTableToPointInTime",
            "dynamodb:RestoreTableToPointInTime", "dynamodb:PartiQLSelect", "dynamodb:PartiQLInsert",
            "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete", "dynamodb:*");

    private TenantSessionPolicy() {
    }

    /** The leading-key pattern for a tenant: {@code T#<tenant>#*}. */
    public static String leadingKeyPattern(String tenantId) {
        requireTenant(tenantId);
        return "T#" + tenantId + "#*";
    }

    /**
     * @param tableArn the table's ARN as the stack exported it (partition included)
     * @param tenantId the caller's tenant, from the verified token
     * @param actions  the DynamoDB actions the function needs (from the operation catalog)
     */
    public static String json(String tableArn, String tenantId, List<String> actions) {
        requireTenant(tenantId);
        if (tableArn == null || !TABLE_ARN.matcher(tableArn).matches()) {
            throw new IllegalArgumentException("not a DynamoDB table ARN: " + tableArn);
        }
        if (actions == null || actions.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one action");
        }
        StringBuilder a = new StringBuilder();
        for (String action : actions) {
            if (!ACTION.matcher(action).matches() || REFUSED.contains(action)) {
                throw new IllegalArgumentException("action not allowed in a tenant session: " + action);
            }
            if (!a.isEmpty()) {
                a.append(',');
            }
            a.append('"').append(action).append('"');
        }
        // Every interpolated value matched a pattern without quotes or backslashes above, so no escaping is needed.
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{"
                + "\"Sid\":\"TenantItemsOnly\",\"Effect\":\"Allow\","
                + "\"Action\":[" + a + "],"
                + "\"Resource\":[\"" + tableArn + "\",\"" + tableArn + "/index/*\"],"
                + "\"Condition\":{"
                + "\"ForAllValues:StringLike\":{\"dynamodb:LeadingKeys\":[\"" + leadingKeyPattern(tenantId) + "\"]},"
                + "\"Null\":{\"dynamodb:LeadingKeys\":\"false\"}}}]}";
    }

    private static void requireTenant(String tenantId) {
        if (tenantId == null || !TENANT.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + tenantId);
        }
    }
}
