package cn.yixin.api.lambda;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One client per tenant, each with credentials from an AssumeRole that carries that tenant's fence. */
class StsTenantDynamoClientsTest {

    static final String ROLE = "arn:aws-cn:iam::123456789012:role/yixin-tenant-read";
    static final String TABLE = "arn:aws-cn:dynamodb:cn-north-1:123456789012:table/yixin";

    private final List<AssumeRoleRequest> calls = new ArrayList<>();
    private final Map<DynamoDbClient, AwsCredentialsProvider> credsOf = new ConcurrentHashMap<>();

    private final StsClient sts = new StsClient() {
        @Override
        public AssumeRoleResponse assumeRole(AssumeRoleRequest request) {
            calls.add(request);
            return AssumeRoleResponse.builder().credentials(Credentials.builder()
                    .accessKeyId("AKIA" + calls.size()).secretAccessKey("secret").sessionToken("token")
                    .expiration(Instant.now().plusSeconds(900)).build()).build();
        }

        @Override
        public String serviceName() {
            return "sts";
        }

        @Override
        public void close() {
        }
    };

    private StsTenantDynamoClients clients() {
        return new StsTenantDynamoClients(ROLE, TABLE, List.of("dynamodb:GetItem", "dynamodb:Query"), "ReadProfile",
                null, sts, creds -> {
                    DynamoDbClient c = DynamoDbClient.builder().region(software.amazon.awssdk.regions.Region.CN_NORTH_1)
                            .credentialsProvider(creds).build();
                    credsOf.put(c, creds);
                    return c;
                });
    }

    @Test
    void assumesTheAccessRoleWithTheTenantsSessionPolicyAndTag() {
        AssumeRoleRequest r = clients().assumeRoleRequest("440300");
        assertEquals(ROLE, r.roleArn());
        assertEquals("ReadProfile-440300", r.roleSessionName());
        assertEquals(900, r.durationSeconds());
        assertEquals(TenantSessionPolicy.json(TABLE, "440300", List.of("dynamodb:GetItem", "dynamodb:Query")),
                r.policy());
        assertEquals(1, r.tags().size());
        assertEquals("tenant", r.tags().get(0).key());
        assertEquals("440300", r.tags().get(0).value());
    }

    @Test
    void cachesOneClientPerTenantAndFetchesCredentialsPerTenant() {
        StsTenantDynamoClients c = clients();
        DynamoDbClient shenzhen = c.forTenant("440300");
        assertSame(shenzhen, c.forTenant("440300"));
        DynamoDbClient sichuan = c.forTenant("510000");
        assertNotSame(shenzhen, sichuan);

        AwsCredentials sz = credsOf.get(shenzhen).resolveCredentials();
        AwsCredentials sc = credsOf.get(sichuan).resolveCredentials();
        assertNotSame(sz.accessKeyId(), sc.accessKeyId());
        assertEquals(2, calls.size());
        assertTrue(calls.get(0).policy().contains("\"T#440300#*\""));
        assertTrue(calls.get(1).policy().contains("\"T#510000#*\""));
        // A second resolve within the session reuses the cached credentials.
        credsOf.get(shenzhen).resolveCredentials();
        assertEquals(2, calls.size());
        c.close();
    }

    @Test
    void refusesATenantIdBeforeCallingSts() {
        StsTenantDynamoClients c = clients();
        assertThrows(IllegalArgumentException.class, () -> c.forTenant("*"));
        assertThrows(IllegalArgumentException.class, () -> c.forTenant("platform"));
        assertEquals(0, calls.size());
    }

    @Test
    void failsAtInitOnAMalformedTableArn() {
        assertThrows(IllegalArgumentException.class, () -> new StsTenantDynamoClients(ROLE, "yixin",
                List.of("dynamodb:GetItem"), "ReadProfile", null, sts, creds -> null));
    }
}
