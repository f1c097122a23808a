package cn.yixin.exchange;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The exchange's two scheduled Lambda functions (infra: {@code ExchangeStack}), each in the VPC with the exchange
 * database (RDS for PostgreSQL). The database credentials come from Secrets Manager ({@code YIXIN_EXCHANGE_SECRET_ARN},
 * the secret RDS generates: username, password, host, port, dbname), read once at the function's start; Flyway
 * migrates the schema at the first start after a deployment. A run that found the database unreachable fails the
 * invocation, so the schedule's retry and the error alarm take over; its events simply wait in the outbox.
 */
public final class ExchangeFunctions {

    public static final String SECRET_ENV = "YIXIN_EXCHANGE_SECRET_ARN";

    private ExchangeFunctions() {
    }

    /** The data source from an RDS secret's JSON (never logged: it holds the password). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> dataSource(String secretJson, JsonMapper json) {
        Map<String, Object> s;
        try {
            s = json.readValue(secretJson, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("exchange secret is not JSON", e);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.url", "jdbc:postgresql://" + s.get("host") + ":" + s.get("port") + "/"
                + s.getOrDefault("dbname", "exchange") + "?sslmode=require&connectTimeout=5&socketTimeout=30");
        p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        p.put("datasources.default.username", s.get("username"));
        p.put("datasources.default.password", s.get("password"));
        p.put("datasources.default.dialect", "POSTGRES");
        p.put("datasources.default.maximum-pool-size", 2);
        p.put("datasources.default.allow-pool-suspension", true);
        p.put("flyway.datasources.default.enabled", true);
        p.put("flyway.datasources.default.locations", "classpath:db/exchange");
        return p;
    }

    static Map<String, Object> fromSecretsManager() {
        String arn = System.getenv(SECRET_ENV);
        if (arn == null || arn.isBlank()) {
            return Map.of();
        }
        try (var http = UrlConnectionHttpClient.builder().build();
             SecretsManagerClient client = SecretsManagerClient.builder().httpClient(http).build()) {
            String value = client.getSecretValue(GetSecretValueRequest.builder().secretId(arn).build()).secretString();
            return dataSource(value, JsonMapper.createDefault());
        }
    }

    /** Moves the outbox into the exchange database (rate(1 minute)). */
    public static class Poller extends MicronautRequestHandler<Map<String, Object>, OutboxPoller.Report> {

        @Inject
        ExchangeJobs jobs;

        @Override
        protected ApplicationContextBuilder newApplicationContextBuilder() {
            return super.newApplicationContextBuilder().properties(fromSecretsManager());
        }

        @Override
        public OutboxPoller.Report execute(Map<String, Object> scheduledEvent) {
            OutboxPoller.Report r = jobs.poller().runOnce();
            if (r.unavailable()) {
                throw new IllegalStateException("Exchange database unreachable; the outbox keeps every event: " + r);
            }
            return r;
        }
    }

    /** Takes in the platforms' new rows and answers each (rate(5 minutes)). */
    public static class Importer extends MicronautRequestHandler<Map<String, Object>, InboundImporter.Report> {

        @Inject
        ExchangeJobs jobs;

        @Override
        protected ApplicationContextBuilder newApplicationContextBuilder() {
            return super.newApplicationContextBuilder().properties(fromSecretsManager());
        }

        @Override
        public InboundImporter.Report execute(Map<String, Object> scheduledEvent) {
            InboundImporter.Report r = jobs.importer().runOnce();
            if (r.unavailable() || r.failed() > 0) {
                throw new IllegalStateException("Inbound import incomplete; unanswered rows stay NEW: " + r);
            }
            return r;
        }
    }
}
