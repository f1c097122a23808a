package cn.yixin.exchange;

import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoOutboxRepository;
import cn.yixin.store.OutboxItem;
import cn.yixin.store.OutboxRepository;
import cn.yixin.store.SubjectRepository;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange database (issue 14) through the real API and the real outbox: the same tests against PostgreSQL
 * and H2 (the subclasses), the same Flyway migrations. Business writes go through the payload-2.0 handler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExchangeContract {

    static final String TENANT = "500119";
    static final int MAX_ATTEMPTS = 3;

    final ApiUnderTest api = ApiUnderTest.shared();
    ApplicationContext exchange;

    /** The exchange side's context on this class's database (Flyway runs at its start). */
    abstract ApplicationContext startExchange();

    @BeforeEach
    void startOnce() {
        if (exchange == null) {
            exchange = startExchange();
        }
        drain();
    }

    @AfterAll
    void stop() {
        if (exchange != null) {
            exchange.close();
        }
    }

    OutboxRepository outbox() {
        return new DynamoOutboxRepository(api.context().getBean(DynamoClients.class), "yixin");
    }

    OutboxPoller poller(OutboxPoller.Step step) {
        IdentifierProtector protector = api.context().getBean(IdentifierProtector.class);
        return new OutboxPoller(outbox(), api.context().getBean(SubjectRepository.class),
                exchange.getBean(ExchangeWriter.class), new OutboundRows(protector::unseal), () -> List.of(TENANT),
                Clock.systemUTC(), 100, MAX_ATTEMPTS, step);
    }

    /** What earlier tests (of either database) left in the shared API's outbox is not this test's business. */
    void drain() {
        OutboxPoller p = poller(null);
        for (int i = 0; i < 20 && !outbox().pending(TENANT, 1).isEmpty(); i++) {
            p.runTenant(TENANT);
        }
    }

    OutboundItemRepository rows() {
        return exchange.getBean(OutboundItemRepository.class);
    }

    static String penalty(ApiUnderTest api, String subject) {
        return Fixtures.record(api, TENANT, subject, Fixtures.negative("ADMINISTRATIVE", "GENERAL", Fixtures.today()))
                .str("recordId");
    }

    static void withdraw(ApiUnderTest api, String subject, String recordId) {
        Response r = api.post("/subjects/" + subject + "/records/" + recordId + "/corrections",
                TestIdentity.bureau(TENANT, "bureau_officer"), Map.of("reason", "处罚决定已撤销", "withdraw", true));
        assertEquals(201, r.status(), r::toString);
    }

    @Test
    void rule_7_6_a_recorded_penalty_is_shared_once_with_the_institutions_credit_code_in_clear() {
        String hospital = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "交换测试医院");
        String recordId = penalty(api, hospital);
        // A positive record is not shared (SharingPolicy): only the penalty reaches the outbox.
        Fixtures.record(api, TENANT, hospital, Fixtures.positive("HONOUR", Fixtures.today()));

        OutboxPoller.Report first = poller(null).runTenant(TENANT);
        assertEquals(1, first.written(), first::toString);
        List<OutboundItem> shared = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, hospital);
        assertEquals(1, shared.size());
        OutboundItem row = shared.get(0);
        assertEquals("PENALTY_PUBLISHED", row.itemType());
        assertEquals(recordId, row.recordId());
        assertEquals("USCC", row.identifierType());
        assertEquals(18, row.subjectIdentifier().length());
        assertEquals(row.subjectIdentifier(), cn.yixin.domain.identifier.UnifiedSocialCreditCode.validate(
                "identifier", row.subjectIdentifier()), "the clear, valid code");
        assertEquals("ADMINISTRATIVE_PENALTY", row.basisKind());
        assertEquals("PUBLISHED", row.status());

        // Nothing waits any more, and a second run writes nothing twice.
        assertTrue(outbox().pending(TENANT, 10).isEmpty());
        OutboxPoller.Report second = poller(null).runTenant(TENANT);
        assertEquals(0, second.written());
        assertEquals(1, rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, hospital).size());
    }

    @Test
    void rule_2_2_an_individual_is_shared_with_the_masked_identifier_only() {
        String doctor = Fixtures.register(api, TENANT, "DOCTOR", "张医生");
        penalty(api, doctor);
        poller(null).runTenant(TENANT);
        OutboundItem row = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, doctor).get(0);
        assertEquals("MASKED", row.identifierType());
        assertTrue(row.subjectIdentifier().contains("*"), "masked: " + row.identifierType());
        assertFalse(row.subjectName().equals("张医生"), "the name is masked too");
    }

    @Test
    void rule_3_6_a_withdrawal_revokes_the_publication_after_it_in_order() {
        String hospital = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "撤销测试医院");
        String recordId = penalty(api, hospital);
        withdraw(api, hospital, recordId);

        poller(null).runTenant(TENANT);
        List<OutboundItem> shared = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, hospital);
        assertEquals(List.of("PENALTY_PUBLISHED", "REVOCATION"), shared.stream().map(OutboundItem::itemType).toList());
        OutboundItem publication = shared.get(0);
        OutboundItem revocation = shared.get(1);
        assertEquals("REVOKED", publication.status());
        assertEquals(revocation.eventId(), publication.revokedBy());
        assertEquals(publication.eventId(), revocation.revokesEventId());
        assertEquals("WITHDRAWN", revocation.revocationReason());
        assertTrue(publication.subjectSeq() < revocation.subjectSeq());
        assertFalse(revocation.sharedAt().isBefore(publication.sharedAt()), "written in order");
    }

    /** Issue 14 (faults): the consumer dies after writing an event and before removing it; a new one resumes. */
    @Test
    void issue_14_a_consumer_killed_mid_batch_and_restarted_writes_every_event_exactly_once_in_order() {
        String a = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "中断测试医院甲");
        String b = Fixtures.register(api, TENANT, "DESIGNATED_PHARMACY", "中断测试药店乙");
        String a1 = penalty(api, a);
        penalty(api, b);
        penalty(api, a);
        withdraw(api, a, a1);
        penalty(api, b);
        assertEquals(5, outbox().pending(TENANT, 100).size());

        AtomicInteger seen = new AtomicInteger();
        OutboxPoller dying = poller(item -> {
            if (seen.incrementAndGet() == 3) {
                throw new Killed();
            }
        });
        assertThrows(Killed.class, () -> dying.runTenant(TENANT));
        // The third event reached the exchange database, and it is still in the outbox.
        assertEquals(3, rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, a).size()
                + rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, b).size());
        assertEquals(3, outbox().pending(TENANT, 100).size());

        OutboxPoller.Report restarted = poller(null).runTenant(TENANT);
        assertEquals(2, restarted.written(), restarted::toString);
        assertEquals(1, restarted.replayed(), "the event written before the kill is found, not written again");
        assertTrue(outbox().pending(TENANT, 100).isEmpty());
        List<OutboundItem> ofA = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, a);
        List<OutboundItem> ofB = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, b);
        assertEquals(List.of("PENALTY_PUBLISHED", "PENALTY_PUBLISHED", "REVOCATION"),
                ofA.stream().map(OutboundItem::itemType).toList());
        assertEquals(2, ofB.size());
        for (List<OutboundItem> subject : List.of(ofA, ofB)) {
            for (int i = 1; i < subject.size(); i++) {
                assertFalse(subject.get(i).sharedAt().isBefore(subject.get(i - 1).sharedAt()), "in order per subject");
            }
        }
    }

    /** Issue 14 (faults): an event that fails by itself goes to the dead letters after N tries; others flow. */
    @Test
    void issue_14_a_poison_event_is_dead_lettered_after_n_tries_and_blocks_nobody() {
        String hospital = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "毒事件测试医院");
        penalty(api, hospital);
        // A copy of that event for a subject that does not exist: it can never be written.
        Map<String, AttributeValue> real = api.dynamo().query(q -> q.tableName("yixin")
                .keyConditionExpression("pk = :pk").expressionAttributeValues(
                        Map.of(":pk", AttributeValue.fromS("T#" + TENANT + "#OUTBOX")))).items().get(0);
        Map<String, AttributeValue> poison = new HashMap<>(real);
        String ghost = "S00000000000000000000ghost";
        poison.put("sk", AttributeValue.fromS("O#" + ghost + "#0000000001#0"));
        poison.put("subjectId", AttributeValue.fromS(ghost));
        poison.put("eventId", AttributeValue.fromS("P-" + TENANT + "-Rghost" + System.nanoTime()));
        api.dynamo().putItem(p -> p.tableName("yixin").item(poison));
        String poisonId = poison.get("eventId").s();

        OutboxPoller.Report first = poller(null).runTenant(TENANT);
        assertEquals(1, first.written(), "the good event is not held back by the poison one");
        for (int i = 2; i < MAX_ATTEMPTS; i++) {
            assertEquals(0, poller(null).runTenant(TENANT).deadLettered(), "not before the last try");
        }
        assertEquals(1, poller(null).runTenant(TENANT).deadLettered());
        assertEquals(0, outbox().pending(TENANT, 10).size(), "dead-lettered on the last try");
        DeadLetter letter = exchange.getBean(DeadLetterRepository.class).findById(poisonId).orElseThrow();
        assertEquals(MAX_ATTEMPTS, letter.attempts());
        assertEquals("SUBJECT_NOT_FOUND", letter.reason());
        assertFalse(rows().existsById(poisonId));
    }

    /** Thrown by the test's step: the consumer's process ends there. */
    static final class Killed extends Error {
    }

    static int pendingAttempts(OutboxRepository outbox) {
        return outbox.pending(TENANT, 100).stream().mapToInt(OutboxItem::attempts).sum();
    }

    static void assertNotSame(Object a, Object b) {
        assertNotEquals(a, b);
    }
}
