package cn.yixin.bench;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.domain.exchange.SharingPolicy;
import cn.yixin.exchange.ExchangeWriter;
import cn.yixin.exchange.OutboundItem;
import cn.yixin.exchange.OutboundItemRepository;
import cn.yixin.exchange.OutboundRows;
import cn.yixin.exchange.OutboxPoller;
import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoOutboxRepository;
import cn.yixin.store.SubjectRepository;
import io.micronaut.context.ApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue 14 figures (docs/performance.md, "Exchange database"): prints, never asserts.
 * <ol>
 *   <li>PostgreSQL alone: {@code ExchangeWriter.write} (existence check + insert in one transaction) of synthetic rows;</li>
 *   <li>the poller end to end: penalties written through the real API, then the outbox drained into PostgreSQL
 *   (outbox query, subject read, identifier unseal, upsert, outbox delete), events per second;</li>
 *   <li>lag: writers keep recording penalties while the poller runs back to back; for each event, the time from the
 *   business write's answer to its exchange row's {@code shared_at}.</li>
 * </ol>
 * Usage: ExchangeHarness [EVENTS=2000] [SUBJECTS=50] [WRITERS=2]. PostgreSQL on 127.0.0.1:5432 (trust, db test).
 */
public final class ExchangeHarness {

    static final String TENANT = "500119";

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int subjects = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int writers = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String user = "postgres";
        String schema = "exchange_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String base = "jdbc:postgresql://127.0.0.1:5432/test";
        try (Connection c = DriverManager.getConnection(base, user, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.url", base + "?currentSchema=" + schema);
        p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        p.put("datasources.default.username", user);
        p.put("datasources.default.password", "");
        p.put("datasources.default.dialect", "POSTGRES");
        p.put("datasources.default.maximum-pool-size", 4);
        p.put("datasources.default.allow-pool-suspension", true);
        p.put("flyway.datasources.default.enabled", true);
        p.put("flyway.datasources.default.locations", "classpath:db/exchange");
        ApiUnderTest api = ApiUnderTest.shared();
        try (ApplicationContext exchange = ApplicationContext.builder().environments("exchange-bench").properties(p).start()) {
            System.out.printf("machine: %d cores, PostgreSQL %s, schema %s%n", Runtime.getRuntime().availableProcessors(),
                    version(base, user), schema);
            ExchangeWriter writer = exchange.getBean(ExchangeWriter.class);

            // 0. What one commit costs here (fsync): the floor under any one-transaction-per-event writer.
            try (Connection c = DriverManager.getConnection(base + "?currentSchema=" + schema, user, "")) {
                c.createStatement().execute("CREATE TABLE commit_probe (n INTEGER)");
                long c0 = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    c.createStatement().execute("INSERT INTO commit_probe VALUES (" + i + ")");
                }
                System.out.printf("0. One-row autocommit INSERT: %.1f ms each (200 commits)%n",
                        (System.nanoTime() - c0) / 1e6 / 200);
            }
            // 1. PostgreSQL alone.
            int raw = Math.max(events, 2000);
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            for (int i = 0; i < raw; i++) {
                writer.write(new OutboundItem("B-" + i, TENANT, "SBENCH" + (i % subjects), i, "PENALTY_PUBLISHED",
                        "DESIGNATED_HOSPITAL", "USCC", "91500000MA5U000000", "基准测试医院", "R" + i, null, null,
                        "ADMINISTRATIVE", "GENERAL", "基准测试处罚", "ADMINISTRATIVE_PENALTY", "渝医保罚〔2026〕" + i + "号",
                        LocalDate.now(), "重庆市医疗保障局", LocalDate.now(), null, now, now, "PUBLISHED", null, null));
            }
            double rawSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("1. PostgreSQL upsert alone: %d rows in %.2f s = %.0f rows/s (one transaction each)%n",
                    raw, rawSeconds, raw / rawSeconds);

            Clock clock = api.context().getBean(Clock.class);
            IdentifierProtector protector = api.context().getBean(IdentifierProtector.class);
            DynamoOutboxRepository outbox = new DynamoOutboxRepository(api.context().getBean(DynamoClients.class), "yixin");
            OutboxPoller poller = new OutboxPoller(outbox, api.context().getBean(SubjectRepository.class), writer,
                    new OutboundRows(protector::unseal), () -> List.of(TENANT), clock, 200, 5, null);
            drain(poller, outbox);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < subjects; i++) {
                Response r = api.post("/subjects", TestIdentity.bureau(TENANT, "bureau_officer"), Map.of(
                        "kind", "DESIGNATED_HOSPITAL", "name", "基准交换医院" + i, "identifier",
                        cn.yixin.api.testing.Identifiers.uscc()));
                ids.add(r.str("subjectId"));
            }

            // 2. Poller end to end: write first, then drain.
            long w0 = System.nanoTime();
            Map<String, Instant> written = write(api, ids, events, writers, clock);
            double writeSeconds = (System.nanoTime() - w0) / 1e9;
            System.out.printf("   (business writes through the API: %d in %.1f s = %.0f/s with %d writers)%n",
                    events, writeSeconds, events / writeSeconds, writers);
            long d0 = System.nanoTime();
            int drained = drain(poller, outbox);
            double drainSeconds = (System.nanoTime() - d0) / 1e9;
            System.out.printf("2. Poller, outbox to PostgreSQL: %d events in %.2f s = %.0f events/s (batch 200, one thread)%n",
                    drained, drainSeconds, drained / drainSeconds);

            // 3. Lag while writing: the poller runs back to back.
            AtomicBoolean stop = new AtomicBoolean();
            Thread loop = new Thread(() -> {
                while (!stop.get()) {
                    poller.runTenant(TENANT);
                }
            }, "poller");
            loop.start();
            int lagEvents = Math.max(200, events / 2);
            Map<String, Instant> lagWritten = write(api, ids, lagEvents, writers, clock);
            while (!outbox.pending(TENANT, 1).isEmpty()) {
                Thread.sleep(50);
            }
            stop.set(true);
            loop.join();
            OutboundItemRepository rows = exchange.getBean(OutboundItemRepository.class);
            List<Long> lags = new ArrayList<>();
            for (Map.Entry<String, Instant> e : lagWritten.entrySet()) {
                rows.findById(SharingPolicy.publicationId(TENANT, e.getKey())).ifPresent(r ->
                        lags.add(Duration.between(e.getValue(), r.sharedAt()).toMillis()));
            }
            Collections.sort(lags);
            System.out.printf("3. Lag, business write answered -> exchange row (poller back to back, %d events, %d writers): "
                            + "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", lags.size(), writers,
                    pct(lags, 50), pct(lags, 95), pct(lags, 99), lags.get(lags.size() - 1));
            System.out.println("   With the cloud schedule (rate(1 minute)) add the wait for the next run: 30 s on average, 60 s at most.");
        } catch (Throwable t) {
            t.printStackTrace();
        } finally {
            try (Connection c = DriverManager.getConnection(base, user, "")) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            System.exit(0);
        }
    }

    static Map<String, Instant> write(ApiUnderTest api, List<String> ids, int n, int writers, Clock clock)
            throws InterruptedException {
        Map<String, Instant> out = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        String token = TestIdentity.bureau(TENANT, "bureau_officer");
        for (int i = 0; i < n; i++) {
            String subject = ids.get(i % ids.size());
            pool.submit(() -> {
                Response r = api.post("/subjects/" + subject + "/records", token,
                        Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today()));
                if (r.status() == 201) {
                    out.put(r.str("recordId"), clock.instant());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return out;
    }

    static int drain(OutboxPoller poller, DynamoOutboxRepository outbox) {
        int n = 0;
        while (!outbox.pending(TENANT, 1).isEmpty()) {
            OutboxPoller.Report r = poller.runTenant(TENANT);
            n += r.written() + r.replayed();
        }
        return n;
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String version(String url, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            String v = c.getMetaData().getDatabaseProductVersion();
            var rs = c.createStatement().executeQuery("SHOW synchronous_commit");
            rs.next();
            String sync = rs.getString(1);
            rs = c.createStatement().executeQuery("SHOW fsync");
            rs.next();
            return v + " (synchronous_commit " + sync + ", fsync " + rs.getString(1) + ")";
        }
    }
}
