package cn.yixin.infra;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 in the cloud: the exchange database is RDS for PostgreSQL in a VPC of isolated subnets, its credentials in
 * Secrets Manager; the poller and the importer are scheduled functions in that VPC, the only ones the database admits.
 */
class ExchangeStackTest {

    static YixinStack stack;
    static Template exchange;
    static Map<String, Object> json;

    @BeforeAll
    static void synth() throws Exception {
        Path repoRoot = Path.of(System.getProperty("yixin.repo.root", ".")).toAbsolutePath();
        while (!Files.isDirectory(repoRoot.resolve("tenants")) && repoRoot.getParent() != null) {
            repoRoot = repoRoot.getParent();
        }
        Path jar = Files.createTempFile("yixin-lambda", ".jar");
        Files.write(jar, new byte[]{'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        App app = new App(AppProps.builder().outdir(Files.createTempDirectory("cdk.out").toString()).context(Map.of(
                InfraSettings.TENANTS_DIR, repoRoot.resolve("tenants").toString(),
                ExchangeStack.EXCHANGE_JAR, jar.toString())).build());
        stack = new YixinStack(app, "Yixin", StackProps.builder().build(), InfraSettings.from(app.getNode()),
                () -> Code.fromAsset(jar.toString()));
        exchange = Template.fromStack(stack.exchange());
        json = exchange.toJSON();
    }

    @Test
    @DisplayName("Issue 14: RDS for PostgreSQL, encrypted, Multi-AZ, private, credentials generated into Secrets Manager")
    void theDatabaseIsPrivatePostgresWithGeneratedCredentials() {
        exchange.resourceCountIs("AWS::RDS::DBInstance", 1);
        exchange.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "Engine", "postgres",
                "StorageEncrypted", true,
                "MultiAZ", true,
                "PubliclyAccessible", false,
                "DeletionProtection", true,
                "DBName", "exchange")));
        exchange.resourceCountIs("AWS::SecretsManager::Secret", 1);
        exchange.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("SecretStringTemplate",
                        Match.stringLikeRegexp(".*yixin_exchange.*"))))));
        exchange.resourceCountIs("AWS::SecretsManager::SecretTargetAttachment", 1);
        // Isolated subnets only: no internet or NAT gateway; DynamoDB, Secrets Manager and STS through endpoints.
        exchange.resourceCountIs("AWS::EC2::InternetGateway", 0);
        exchange.resourceCountIs("AWS::EC2::NatGateway", 0);
        exchange.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of("VpcEndpointType", "Gateway")));
        exchange.resourcePropertiesCountIs("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "VpcEndpointType", "Interface", "PrivateDnsEnabled", true)), 2);
        // The database admits PostgreSQL's port from the functions' security group, and nothing else.
        exchange.resourceCountIs("AWS::EC2::SecurityGroupIngress", 1);
        exchange.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "IpProtocol", "tcp", "SourceSecurityGroupId", Match.anyValue())));
    }

    @Test
    @DisplayName("Issue 14: the poller and the importer are scheduled functions in the VPC, reading the database secret")
    @SuppressWarnings("unchecked")
    void thePollerAndTheImporterRunScheduledInTheVpc() throws Exception {
        Map<String, Object> resources = (Map<String, Object>) json.get("Resources");
        int functions = 0;
        for (Object r : resources.values()) {
            Map<String, Object> res = (Map<String, Object>) r;
            if (!"AWS::Lambda::Function".equals(res.get("Type"))) {
                continue;
            }
            functions++;
            Map<String, Object> p = (Map<String, Object>) res.get("Properties");
            String handler = (String) p.get("Handler");
            assertTrue(ExchangeStack.JOBS.stream().anyMatch(j -> j.handler().equals(handler)), handler);
            Class.forName(handler.substring(0, handler.indexOf("::")), false, getClass().getClassLoader());
            Map<String, Object> vpc = (Map<String, Object>) p.get("VpcConfig");
            assertNotNull(vpc, handler + " runs in the VPC");
            assertEquals(2, ((List<?>) vpc.get("SubnetIds")).size(), "two isolated subnets");
            assertEquals(1, ((List<?>) vpc.get("SecurityGroupIds")).size());
            assertEquals(1, p.get("ReservedConcurrentExecutions"), "one run at a time");
            Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) p.get("Environment")).get("Variables");
            assertNotNull(env.get("YIXIN_EXCHANGE_SECRET_ARN"), "credentials from Secrets Manager");
            assertNotNull(env.get("YIXIN_TENANT_ACCESS_ROLE_ARN"), "tenant items through the fenced role");
            assertFalse(env.toString().toLowerCase().contains("password"), "no credential in the environment");
        }
        assertEquals(2, functions);
        exchange.resourcePropertiesCountIs("AWS::Events::Rule", Map.of("ScheduleExpression", "rate(1 minute)"), 1);
        exchange.resourcePropertiesCountIs("AWS::Events::Rule", Map.of("ScheduleExpression", "rate(5 minutes)"), 1);
        // Each function's role may read the database secret (and the PII keys, R-2.2).
        String policies = exchange.findResources("AWS::IAM::Policy").toString();
        assertTrue(policies.contains("secretsmanager:GetSecretValue"), policies);
        assertTrue(exchange.findResources("AWS::IAM::Role").toString().contains("AWSLambdaVPCAccessExecutionRole"));
    }
}
