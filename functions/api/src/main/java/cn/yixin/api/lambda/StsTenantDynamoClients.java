package cn.yixin.api.lambda;

import cn.yixin.store.DynamoClients;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Tag;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Lambda deployment's {@link DynamoClients}: one DynamoDB client per tenant whose credentials come from
 * {@code sts:AssumeRole} on the stack's tenant data access role with {@link TenantSessionPolicy} attached and a
 * {@code tenant} session tag. The function's own execution role has no DynamoDB rights at all, so every tenant item
 * it reads or writes goes through credentials that IAM confines to {@code T#<tenant>#*}: a bug that builds another
 * tenant's key, or hands one tenant's client to another's request, is refused by DynamoDB (AccessDenied), not served.
 *
 * <p>Credentials are fetched on first use per tenant (never during init, so no credentials are captured in a
 * SnapStart snapshot) and refreshed in the calling thread five minutes before they expire.
 *
 * <p>Only in Lambda ({@code function} environment) and only where infra/ set
 * {@code YIXIN_TENANT_ACCESS_ROLE_ARN}; platform functions and the local run keep the shared client.
 *
 * <p>{@code @Context}: created (and its configuration checked) at start even where the context is otherwise lazy.
 */
@io.micronaut.context.annotation.Context
@Requires(env = "function")
@Requires(property = "yixin.tenant-access-role-arn")
public class StsTenantDynamoClients implements DynamoClients {

    static final Duration SESSION = Duration.ofMinutes(15);
    static final Duration PREFETCH = Duration.ofMinutes(5);
    static final Duration STALE = Duration.ofMinutes(1);

    private final String roleArn;
    private final String tableArn;
    private final List<String> actions;
    private final String sessionPrefix;
    private final DynamoDbClient platform;
    private final Function<AwsCredentialsProvider, DynamoDbClient> clientFactory;
    private final StsClient sts;
    private final SdkHttpClient http;
    private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();

    private record Tenant(StsAssumeRoleCredentialsProvider credentials, DynamoDbClient client) {
    }

    /**
     * @param actions comma-separated DynamoDB actions this function needs (infra/ sets them from the catalog)
     */
    @Inject
    public StsTenantDynamoClients(@Value("${yixin.tenant-access-role-arn}") String roleArn,
                                  @Value("${yixin.table-arn}") String tableArn,
                                  @Value("${yixin.tenant-access-actions:}") String actions,
                                  @Value("${yixin.operation:yixin}") String operation,
                                  DynamoDbClient platform) {
        this(roleArn, tableArn, split(actions), operation, platform, null, null);
    }

    /** For tests: a given STS client and a factory for the per-tenant DynamoDB clients. */
    StsTenantDynamoClients(String roleArn, String tableArn, List<String> actions, String operation,
                           DynamoDbClient platform, StsClient sts,
                           Function<AwsCredentialsProvider, DynamoDbClient> clientFactory) {
        this.roleArn = roleArn;
        this.tableArn = tableArn;
        this.actions = List.copyOf(actions);
        this.sessionPrefix = sessionName(operation);
        this.platform = platform;
        // One HTTP client for STS and every tenant's DynamoDB client; the SDK does not close a client it was given.
        this.http = sts == null ? UrlConnectionHttpClient.create() : null;
        this.sts = sts != null ? sts : StsClient.builder().httpClient(http).build();
        this.clientFactory = clientFactory != null ? clientFactory
                : creds -> DynamoDbClient.builder().httpClient(http).credentialsProvider(creds).build();
        // Fail at init, not on the first request, if the stack passed something malformed.
        TenantSessionPolicy.json(tableArn, "000000", this.actions);
    }

    @Override
    public DynamoDbClient forTenant(String tenantId) {
        return tenants.computeIfAbsent(tenantId, this::open).client();
    }

    /**
     * The function's own credentials. A tenant-scoped function's role has no DynamoDB rights, so anything that
     * reaches for the platform registry from here is refused by IAM.
     */
    @Override
    public DynamoDbClient platform() {
        return platform;
    }

    /** The AssumeRole request for one tenant: role, session policy, tenant tag, short session. */
    AssumeRoleRequest assumeRoleRequest(String tenantId) {
        return AssumeRoleRequest.builder()
                .roleArn(roleArn)
                .roleSessionName(sessionPrefix + "-" + tenantId)
                .durationSeconds((int) SESSION.toSeconds())
                .policy(TenantSessionPolicy.json(tableArn, tenantId, actions))
                .tags(Tag.builder().key("tenant").value(tenantId).build())
                .build();
    }

    private Tenant open(String tenantId) {
        AssumeRoleRequest request = assumeRoleRequest(tenantId); // validates the tenant id before any call
        StsAssumeRoleCredentialsProvider creds = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(request)
                .prefetchTime(PREFETCH)
                .staleTime(STALE)
                .asyncCredentialUpdateEnabled(false)
                .build();
        return new Tenant(creds, clientFactory.apply(creds));
    }

    @PreDestroy
    void close() {
        tenants.values().forEach(t -> {
            t.client().close();
            t.credentials().close();
        });
        tenants.clear();
        if (http != null) {
            sts.close();
            http.close();
        }
    }

    private static List<String> split(String csv) {
        List<String> actions = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return actions.isEmpty() ? List.of("dynamodb:GetItem", "dynamodb:Query") : actions; // reads unless told
    }

    /** Role session names allow [\w+=,.@-] and 64 characters; the tenant suffix takes 7. */
    private static String sessionName(String operation) {
        String clean = operation.replaceAll("[^\\w+=,.@-]", "-");
        return clean.length() > 50 ? clean.substring(0, 50) : clean;
    }
}
