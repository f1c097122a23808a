package cn.yixin.local;

import cn.yixin.api.testing.Identifiers;
import cn.yixin.exchange.InboundItem;
import cn.yixin.exchange.InboundItemRepository;
import cn.yixin.exchange.OutboundItem;
import cn.yixin.exchange.OutboundItemRepository;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 in the local run: the exchange database is H2 under the data directory (or in memory with
 * {@code --in-memory}), made by the same Flyway migrations, and the poller and the importer run on a schedule without
 * anyone calling them. A restart on the same directory finds the exchange rows as they were.
 */
class LocalExchangeTest {

    static final Map<String, Object> FAST = Map.of("micronaut.server.port", -1, "yixin.exchange.period", "200ms");

    @Test
    @DisplayName("Issue 14: the local run shares a penalty and answers an inbound row on its own schedule, kept across restarts")
    @SuppressWarnings("unchecked")
    void localRunSchedulesTheExchange(@TempDir Path dir) throws Exception {
        String uscc = Identifiers.uscc();
        String subjectId;
        String eventId = "IN-LOCAL-" + System.nanoTime();
        try (LocalApi.LocalRun run = LocalApi.start(LocalStorage.in(dir), FAST);
             HttpClient http = HttpClient.create(URI.create(run.baseUrl()).toURL(), patient())) {
            String officer = LocalRestartTest.token(http, "500119", "bureau_officer");
            subjectId = (String) http.toBlocking().retrieve(HttpRequest.POST("/subjects", Map.of(
                    "kind", "DESIGNATED_HOSPITAL", "name", "本地交换测试医院", "identifier", uscc))
                    .bearerAuth(officer), Map.class).get("subjectId");
            String today = (String) http.toBlocking().retrieve(HttpRequest.GET("/local/clock"), Map.class).get("today");
            http.toBlocking().retrieve(HttpRequest.POST("/subjects/" + subjectId + "/records", Map.of(
                    "category", "ADMINISTRATIVE", "polarity", "NEGATIVE", "severity", "GENERAL",
                    "summary", "本地运行测试处罚", "effectiveFrom", today,
                    "basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "南医保罚〔2026〕88号", "date", today,
                            "issuer", "重庆市南川区医疗保障局"))).bearerAuth(officer));
            OutboundItemRepository outbound = run.context().getBean(OutboundItemRepository.class);
            String sid = subjectId;
            waitFor(() -> !outbound.findByTenantIdAndSubjectIdOrderBySubjectSeqAsc("500119", sid).isEmpty(),
                    "the scheduled poller shares the penalty");

            InboundItemRepository inbound = run.context().getBean(InboundItemRepository.class);
            LocalDate day = LocalDate.parse(today).minusDays(3);
            inbound.save(InboundItem.received(eventId, "500119", "信用中国（重庆）", "COURT_JUDGMENT", "USCC", uscc, null,
                    "SERIOUS", "本地运行测试判决", "（2026）渝01民初1号", day, "重庆市第一中级人民法院", day, null,
                    Instant.now()));
            waitFor(() -> !"NEW".equals(inbound.findById(eventId).orElseThrow().status()),
                    "the scheduled importer answers the row");
            assertEquals("ACCEPTED", inbound.findById(eventId).orElseThrow().status(),
                    () -> inbound.findById(eventId).orElseThrow().rejectReason());
        }
        assertTrue(Files.list(dir.resolve("exchange")).anyMatch(p -> p.getFileName().toString().endsWith(".mv.db")),
                "the exchange database is a file under the data directory");

        try (LocalApi.LocalRun again = LocalApi.start(LocalStorage.in(dir), FAST)) {
            List<OutboundItem> kept = again.context().getBean(OutboundItemRepository.class)
                    .findByTenantIdAndSubjectIdOrderBySubjectSeqAsc("500119", subjectId);
            assertEquals(List.of("PENALTY_PUBLISHED"), kept.stream().map(OutboundItem::itemType).toList(),
                    "kept across a restart, not shared twice");
            assertEquals("ACCEPTED", again.context().getBean(InboundItemRepository.class).findById(eventId)
                    .orElseThrow().status());
        }

        try (LocalApi.LocalRun memory = LocalApi.start(LocalStorage.from(new String[]{"--in-memory"}, Map.of()), FAST)) {
            assertTrue(memory.context().getBean(InboundItemRepository.class).findById(eventId).isEmpty(),
                    "--in-memory: a fresh exchange database");
        }
    }

    /** A first request to a fresh context can take long on a loaded build machine: more than the 10 s default. */
    static io.micronaut.http.client.HttpClientConfiguration patient() {
        var c = new io.micronaut.http.client.DefaultHttpClientConfiguration();
        c.setReadTimeout(java.time.Duration.ofSeconds(120));
        return c;
    }

    static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within 60 s: " + what);
    }
}
