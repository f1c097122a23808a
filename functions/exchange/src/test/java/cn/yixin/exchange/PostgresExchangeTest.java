package cn.yixin.exchange;

import cn.yixin.api.testing.Fixtures;
import cn.yixin.store.OutboxItem;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange contract on a real PostgreSQL (127.0.0.1:5432, its own schema), reached through a TCP proxy the test
 * can take down: the database gone for a while loses nothing and duplicates nothing when it returns (issue 14).
 * Skipped, saying so, where PostgreSQL is not reachable; failed instead under CI=true (.ci/run).
 */
class PostgresExchangeTest extends ExchangeContract {

    private String user;
    private String schema;
    private TcpProxy proxy;

    @Override
    ApplicationContext startExchange() {
        user = ExchangeDatabase.requirePostgres();
        schema = ExchangeDatabase.newPgSchema(user);
        try {
            proxy = new TcpProxy(ExchangeDatabase.PG_PORT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ExchangeDatabase.start(ExchangeDatabase.postgres(ExchangeDatabase.pgUrl(proxy.port(), schema), user));
    }

    @AfterAll
    void dropSchema() {
        if (proxy != null) {
            proxy.close();
        }
        if (schema != null) {
            ExchangeDatabase.dropPgSchema(user, schema);
        }
    }

    @Test
    void issue_14_the_exchange_database_down_loses_nothing_and_duplicates_nothing_when_it_returns() throws IOException {
        String a = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "断库测试医院");
        String b = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "断库测试医院乙");
        String a1 = penalty(api, a);
        penalty(api, b);
        withdraw(api, a, a1);
        penalty(api, b);
        List<OutboxItem> before = outbox().pending(TENANT, 100);
        assertEquals(4, before.size());

        proxy.down();
        // Many runs while it is down (more than the poison threshold): each stops at once and counts nothing.
        for (int i = 0; i < MAX_ATTEMPTS + 2; i++) {
            OutboxPoller.Report r = poller(null).runTenant(TENANT);
            assertTrue(r.unavailable(), r::toString);
            assertEquals(0, r.written());
            assertEquals(0, r.deadLettered());
        }
        assertEquals(before.size(), outbox().pending(TENANT, 100).size(), "nothing lost from the outbox");
        assertEquals(0, pendingAttempts(outbox()), "an outage is not the events' fault");

        proxy.up();
        // The first run back may still meet a pooled connection the outage cut: it stops and counts nothing, and the
        // pool replaces the connection; the next scheduled run writes everything.
        int written = 0;
        OutboxPoller.Report back = null;
        for (int run = 0; run < 3 && (back == null || back.unavailable()); run++) {
            back = poller(null).runTenant(TENANT);
            written += back.written();
        }
        assertEquals(false, back.unavailable(), back::toString);
        assertEquals(4, written, back::toString);
        assertTrue(outbox().pending(TENANT, 100).isEmpty());
        assertEquals(List.of("PENALTY_PUBLISHED", "REVOCATION"),
                rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, a).stream().map(OutboundItem::itemType).toList());
        assertEquals(2, rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, b).size());
        assertTrue(exchange.getBean(DeadLetterRepository.class).findByTenantId(TENANT).stream()
                .noneMatch(d -> d.subjectId().equals(a) || d.subjectId().equals(b)), "no event blamed for the outage");
        assertEquals(0, poller(null).runTenant(TENANT).written(), "and a further run duplicates nothing");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("R-3.4: the exchange database down, the importer answers nothing and loses nothing; back, it answers once")
    void rule_3_4_the_importer_with_the_database_down_answers_nothing_and_resumes() throws IOException {
        String[] h = institution("断库导入测试医院");
        String ev = eventId("DOWN");
        inbound().save(row(ev, "COURT_JUDGMENT", "USCC", h[1], null, "（2026）渝01民初" + System.nanoTime() % 10000 + "号", null));
        proxy.down();
        InboundImporter.Report down = importer().runTenant(TENANT);
        assertTrue(down.unavailable(), down::toString);
        assertEquals(0, archive(h[0]).size(), "nothing written while the answer could not be");
        proxy.up();
        InboundImporter.Report back = null;
        for (int run = 0; run < 3 && (back == null || back.unavailable()); run++) {
            back = importer().runTenant(TENANT);
        }
        assertEquals(1, back.accepted(), back::toString);
        assertEquals("ACCEPTED", inbound().findById(ev).orElseThrow().status());
        assertEquals(1, archive(h[0]).size());
    }
}
