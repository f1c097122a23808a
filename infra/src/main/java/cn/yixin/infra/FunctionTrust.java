package cn.yixin.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a deployed function needs to trust a caller and to protect personal identifiers (issue 10 item 9):
 * <ul>
 *   <li>{@code YIXIN_TRUSTED_ISSUERS}: the issuers the gateway's JWT authorizers are built from (the tenant files'
 *       {@code identity.issuer}/{@code jwksUri}, and the platform issuer), as compact JSON, for every API function;
 *       the function fetches each issuer's JWKS itself ({@code DeployedIssuerSource} in functions/api);</li>
 *   <li>the PII secret: a Secrets Manager secret encrypted with a customer-managed KMS key of the stack (yearly key
 *       rotation), its value generated at creation ({@code {"seed":"<64 characters>"}}, both keys derived from it),
 *       both retained when the stack is deleted (a lost key makes every sealed identifier unreadable). Its ARN goes
 *       to the functions that handle personal identifiers, with {@code secretsmanager:GetSecretValue} on that secret
 *       and {@code kms:Decrypt} on that key through Secrets Manager only.</li>
 * </ul>
 */
public final class FunctionTrust extends Construct {

    public static final String ISSUERS_ENV = "YIXIN_TRUSTED_ISSUERS";
    public static final String PII_SECRET_ENV = "YIXIN_PII_SECRET_ARN";
    /**
     * Lambda allows 4 KB for all of a function's variables; the others take about 1 KB. Past this, move the list to
     * the packaged tenant files or a parameter (docs/deploy.md): the synth fails rather than the deployment.
     */
    public static final int ISSUERS_ENV_BUDGET = 2800;

    private final String issuersJson;
    private final Key key;
    private final Secret secret;

    public FunctionTrust(Construct scope, String id, String platformIssuer, String platformJwksUri,
                         List<TenantIssuers.Issuer> issuers) {
        super(scope, id);
        this.issuersJson = issuersJson(platformIssuer, platformJwksUri, issuers);
        this.key = Key.Builder.create(this, "PiiKey")
                .description("Encrypts the Yixin PII secret (keys for resident ID numbers, names, phones: R-2.2)")
                .enableKeyRotation(true)
                .pendingWindow(Duration.days(30))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.secret = Secret.Builder.create(this, "PiiSecret")
                .description("Yixin PII keys: lookup HMAC and sealing keys derived from the generated seed (docs/deploy.md)")
                .encryptionKey(key)
                .generateSecretString(SecretStringGenerator.builder()
                        .secretStringTemplate("{}")
                        .generateStringKey("seed")
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .build())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    /** {@code [{"issuer":…,"jwksUri":…,"tenants":[…]},…,{"issuer":…,"jwksUri":…,"tenants":[],"platform":true}]} */
    static String issuersJson(String platformIssuer, String platformJwksUri, List<TenantIssuers.Issuer> issuers) {
        List<String> entries = new ArrayList<>();
        for (TenantIssuers.Issuer i : issuers) {
            entries.add("{\"issuer\":" + quote(i.issuer()) + ",\"jwksUri\":" + quote(i.jwksUri()) + ",\"tenants\":["
                    + String.join(",", i.tenants().stream().map(FunctionTrust::quote).toList()) + "]}");
        }
        if (issuers.stream().anyMatch(i -> i.issuer().equals(platformIssuer))) {
            throw new IllegalArgumentException("the platform issuer " + platformIssuer + " is also a tenant's issuer");
        }
        entries.add("{\"issuer\":" + quote(platformIssuer) + ",\"jwksUri\":" + quote(platformJwksUri)
                + ",\"tenants\":[],\"platform\":true}");
        String json = "[" + String.join(",", entries) + "]";
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > ISSUERS_ENV_BUDGET) {
            throw new IllegalArgumentException(ISSUERS_ENV + " would take " + bytes + " bytes of Lambda's 4 KB of "
                    + "environment (budget " + ISSUERS_ENV_BUDGET + "): see docs/deploy.md, 'Issuers'");
        }
        return json;
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    public String issuersJson() {
        return issuersJson;
    }

    public Secret secret() {
        return secret;
    }

    public Key key() {
        return key;
    }

    /** The secret's ARN in the function's environment and the two rights to read it, on this function's role only. */
    public void grantPii(JavaFunction fn) {
        fn.function().addEnvironment(PII_SECRET_ENV, secret.getSecretArn());
        IRole role = fn.role();
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("ReadPiiSecret")
                .effect(Effect.ALLOW)
                .actions(List.of("secretsmanager:GetSecretValue"))
                .resources(List.of(secret.getSecretArn()))
                .build());
        role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("DecryptPiiSecret")
                .effect(Effect.ALLOW)
                .actions(List.of("kms:Decrypt"))
                .resources(List.of(key.getKeyArn()))
                .conditions(Map.of("StringEquals", Map.of("kms:ViaService",
                        "secretsmanager." + Aws.REGION + "." + Aws.URL_SUFFIX)))
                .build());
    }
}
