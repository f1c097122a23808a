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

import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.exchange.CorrectionDeadline;
import cn.yixin.domain.repair.RepairEffect;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.CreditArchiveRepository;
import org.junit.jupiter.api.DisplayName;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
        return new OutboxPoller(outbox(), api.context().getBean(SubjectRepository.class),
                exchange.getBean(ExchangeWriter.class), outboundRows(), () -> List.of(TENANT),
                api.context().getBean(Clock.class), 100, MAX_ATTEMPTS, step);
    }

    /** The rows as the poller builds them, with the tenant calendar's due days for corrections (R-3.6). */
    OutboundRows outboundRows() {
        IdentifierProtector protector = api.context().getBean(IdentifierProtector.class);
        TenantDirectory tenants = api.context().getBean(TenantDirectory.class);
        return new OutboundRows(protector::unseal,
                (tenant, day) -> CorrectionDeadline.dueOn(tenants.current(tenant).calendar(), day));
    }

    InboundImporter importer() {
        return new InboundImporter(exchange.getBean(InboundItemRepository.class), rows(),
                ApiInboundArchive.from(api.context()), () -> List.of(TENANT), api.context().getBean(Clock.class), 100);
    }

    CorrectionPropagations propagations() {
        return new CorrectionPropagations(outbox(), rows(), exchange.getBean(DeadLetterRepository.class),
                outboundRows());
    }

    InboundItemRepository inbound() {
        return exchange.getBean(InboundItemRepository.class);
    }

    List<CreditRecord> archive(String subjectId) {
        return api.context().getBean(CreditArchiveRepository.class).entries(TENANT, subjectId).stream()
                .map(ArchiveEntry::record).toList();
    }

    /** Registers an institution and returns its id and its (clear) credit code, as a platform would know it. */
    String[] institution(String name) {
        String uscc = Identifiers.uscc();
        Response r = api.post("/subjects", TestIdentity.bureau(TENANT, "bureau_officer"),
                Map.of("kind", "DESIGNATED_HOSPITAL", "name", name, "identifier", uscc));
        assertEquals(201, r.status(), r::toString);
        return new String[]{r.str("subjectId"), uscc};
    }

    static String eventId(String what) {
        return "IN-" + what + "-" + System.nanoTime();
    }

    static InboundItem row(String eventId, String type, String idType, String identifier, String category,
                           String basisNumber, String repairs) {
        LocalDate day = Fixtures.today().minusDays(10);
        return InboundItem.received(eventId, TENANT, "信用中国（重庆）", type, idType, identifier, category, "SERIOUS",
                "外部平台推送的测试信息", basisNumber, day, "重庆市第一中级人民法院", day, repairs, Instant.now());
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

    // ------------------------------------------------------------------------------------------ inbound (R-3.4)

    @Test
    @DisplayName("R-3.4: court judgments, abnormal lists and other departments' penalties enter the archive once, with source and basis")
    void rule_3_4_inbound_rows_enter_the_archive_as_external_records_once_with_source_and_basis() {
        String[] h = institution("外部信息测试医院");
        String judgment = eventId("J");
        String abnormal = eventId("A");
        String penalty = eventId("P");
        inbound().save(row(judgment, "COURT_JUDGMENT", "USCC", h[1], null, "（2026）渝01民初" + System.nanoTime() % 10000 + "号", null));
        inbound().save(row(abnormal, "ABNORMAL_LIST", "USCC", h[1], "ABNORMAL_OPERATION", "渝市监异〔2026〕" + System.nanoTime() % 10000 + "号", null));
        inbound().save(row(penalty, "DEPARTMENT_PENALTY", "USCC", h[1], "ADMINISTRATIVE", "渝卫罚〔2026〕" + System.nanoTime() % 10000 + "号", null));

        InboundImporter.Report first = importer().runTenant(TENANT);
        assertEquals(3, first.accepted(), first::toString);
        assertEquals(0, first.rejected(), first::toString);
        List<CreditRecord> records = archive(h[0]);
        assertEquals(3, records.size());
        for (String id : List.of(judgment, abnormal, penalty)) {
            InboundItem answered = inbound().findById(id).orElseThrow();
            assertEquals("ACCEPTED", answered.status(), answered::toString);
            assertEquals(h[0], answered.subjectId());
            CreditRecord rec = records.stream().filter(r -> r.id().equals(answered.recordId())).findFirst().orElseThrow();
            assertTrue(rec.summary().startsWith("【信用中国（重庆）】"), "the source platform is named: " + rec.summary());
            assertTrue(RecordSource.valueOf(rec.source()).isExternal(), rec.source());
            assertEquals(answered.basisNumber(), rec.basis().number());
            assertEquals(ApiInboundArchive.IMPORTER_USER, rec.recordedBy());
        }
        CreditRecord fromCourt = records.stream().filter(r -> r.id().equals(inbound().findById(judgment).orElseThrow()
                .recordId())).findFirst().orElseThrow();
        assertEquals("COURT", fromCourt.source());
        assertEquals("JUDICIAL", fromCourt.category().name());
        assertEquals("COURT_JUDGMENT", fromCourt.basis().kind().name());
        // Another department's penalty is not shared back to the platform as the bureau's own (SharingPolicy).
        assertTrue(outbox().pending(TENANT, 100).stream().noneMatch(o -> o.subjectId().equals(h[0])),
                "external records are not echoed to the platform");

        // A second run reads nothing; the archive is unchanged.
        assertEquals(0, importer().runTenant(TENANT).accepted());
        assertEquals(3, archive(h[0]).size());
    }

    @Test
    @DisplayName("R-3.4: a row whose archive write went through but whose answer was lost is answered, not written twice")
    void rule_3_4_an_import_whose_answer_was_lost_writes_nothing_twice() {
        String[] h = institution("应答丢失测试医院");
        String ev = eventId("LOST");
        inbound().save(row(ev, "ENFORCEMENT", "USCC", h[1], null, "（2026）渝01执" + System.nanoTime() % 10000 + "号", null));
        assertEquals(1, importer().runTenant(TENANT).accepted());
        String recordId = inbound().findById(ev).orElseThrow().recordId();
        // As if the importer had died after the archive's transaction and before its answer: the row is NEW again.
        InboundItem answered = inbound().findById(ev).orElseThrow();
        inbound().update(new InboundItem(answered.eventId(), answered.tenantId(), answered.sourcePlatform(),
                answered.itemType(), answered.identifierType(), answered.subjectIdentifier(), answered.category(),
                answered.severity(), answered.content(), answered.basisKind(), answered.basisNumber(),
                answered.basisDate(), answered.basisIssuer(), answered.effectiveFrom(), answered.effectiveTo(),
                answered.repairsEventId(), answered.receivedAt(), "NEW", null, null, null, null, null));

        InboundImporter.Report again = importer().runTenant(TENANT);
        assertEquals(1, again.accepted(), again::toString);
        assertEquals(recordId, inbound().findById(ev).orElseThrow().recordId(), "the same record, found again");
        assertEquals(1, archive(h[0]).size(), "written once");
    }

    @Test
    @DisplayName("R-3.4: every rejected inbound row is answered with its code and reason; nothing is half-written")
    void rule_3_4_every_rejected_inbound_row_is_answered_with_its_reason_and_writes_nothing() {
        String[] h = institution("拒收测试医院");
        String honour = Fixtures.record(api, TENANT, h[0], Fixtures.positive("HONOUR", Fixtures.today())).str("recordId");
        // The publication of a positive record does not exist; name its (would-be) event id via an accepted inbound row
        String number = "（2026）渝01民初" + System.nanoTime() % 10000 + "号";
        String original = eventId("ORIG");
        inbound().save(row(original, "COURT_JUDGMENT", "USCC", h[1], null, number, null));
        assertEquals(1, importer().runTenant(TENANT).accepted());
        int before = archive(h[0]).size();

        Map<String, String> expected = new java.util.LinkedHashMap<>();
        String unknownSubject = eventId("US");
        inbound().save(row(unknownSubject, "COURT_JUDGMENT", "USCC", Identifiers.uscc(), null, "X1", null));
        expected.put(unknownSubject, "UNKNOWN_SUBJECT");
        String malformed = eventId("MI");
        inbound().save(row(malformed, "COURT_JUDGMENT", "USCC", Identifiers.withWrongCheck(h[1]), null, "X2", null));
        expected.put(malformed, "MALFORMED_IDENTIFIER");
        String badIdType = eventId("MT");
        inbound().save(row(badIdType, "COURT_JUDGMENT", "PASSPORT", h[1], null, "X3", null));
        expected.put(badIdType, "MALFORMED_IDENTIFIER");
        String unknownCategory = eventId("UC");
        inbound().save(row(unknownCategory, "COURT_JUDGMENT", "USCC", h[1], "GOSSIP", "X4", null));
        expected.put(unknownCategory, "UNKNOWN_CATEGORY");
        String wrongCategory = eventId("WC");
        inbound().save(row(wrongCategory, "ABNORMAL_LIST", "USCC", h[1], "HONOUR", "X5", null));
        expected.put(wrongCategory, "UNKNOWN_CATEGORY");
        String unknownType = eventId("UT");
        inbound().save(row(unknownType, "RUMOUR", "USCC", h[1], null, "X6", null));
        expected.put(unknownType, "UNKNOWN_ITEM_TYPE");
        String duplicate = eventId("DUP");
        inbound().save(row(duplicate, "COURT_JUDGMENT", "USCC", h[1], null, number, null));
        expected.put(duplicate, "DUPLICATE_EVENT");
        String noBasis = eventId("NB");
        InboundItem nb = row(noBasis, "DEPARTMENT_PENALTY", "USCC", h[1], null, null, null);
        inbound().save(new InboundItem(nb.eventId(), nb.tenantId(), nb.sourcePlatform(), nb.itemType(),
                nb.identifierType(), nb.subjectIdentifier(), null, "GENERAL", nb.content(), null, null, null, null,
                nb.effectiveFrom(), null, null, nb.receivedAt(), "NEW", null, null, null, null, null));
        expected.put(noBasis, "BASIS_REQUIRED");
        // A repair decision for a record that is not dishonest (the honour, taken in as if it had been shared).
        String honourEvent = eventId("HON");
        InboundItem shadow = row(honourEvent, "COURT_JUDGMENT", "USCC", h[1], null, "X7", null);
        inbound().save(new InboundItem(shadow.eventId(), TENANT, shadow.sourcePlatform(), shadow.itemType(),
                shadow.identifierType(), shadow.subjectIdentifier(), null, null, shadow.content(), null, null, null,
                null, null, null, null, shadow.receivedAt(), "ACCEPTED", null, null, honour, h[0], Instant.now()));
        String notDishonest = eventId("ND");
        inbound().save(row(notDishonest, "REPAIR_DECISION", "USCC", h[1], null, "渝信修〔2026〕1号", honourEvent));
        expected.put(notDishonest, "NOT_DISHONEST");
        String noTarget = eventId("NT");
        inbound().save(row(noTarget, "REPAIR_DECISION", "USCC", h[1], null, "渝信修〔2026〕2号", "P-" + TENANT + "-Rnothing"));
        expected.put(noTarget, "REPAIR_TARGET_UNKNOWN");

        InboundImporter.Report report = importer().runTenant(TENANT);
        assertEquals(expected.size(), report.rejected(), report::toString);
        assertEquals(0, report.accepted(), report::toString);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            InboundItem answered = inbound().findById(e.getKey()).orElseThrow();
            assertEquals("REJECTED", answered.status(), answered::toString);
            assertEquals(e.getValue(), answered.rejectCode(), answered::toString);
            assertTrue(answered.rejectReason() != null && answered.rejectReason().contains(" / "),
                    "a reason in Chinese and English: " + answered.rejectReason());
            assertFalse(answered.rejectReason().contains(h[1]), "the reason never echoes the identifier");
            assertEquals(null, answered.recordId());
        }
        assertTrue(inbound().findById(duplicate).orElseThrow().rejectReason().contains(original), "names the first event");
        assertEquals(before, archive(h[0]).size(), "nothing written for any rejected row");
        assertEquals(0, importer().runTenant(TENANT).rejected(), "answered once");
    }

    @Test
    @DisplayName("R-11.2 / R-9.4: a repair decision through 信用中国 repairs the matching record, and its publication is revoked")
    void rule_11_2_an_inbound_repair_decision_repairs_the_record_and_revokes_its_publication() {
        String[] h = institution("修复回流测试医院");
        String recordId = penalty(api, h[0]);
        poller(null).runTenant(TENANT);
        String publication = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, h[0]).get(0).eventId();

        String decision = eventId("REP");
        inbound().save(row(decision, "REPAIR_DECISION", "USCC", h[1], null, "信用中国修复〔2026〕" + System.nanoTime() % 1000 + "号", publication));
        InboundImporter.Report report = importer().runTenant(TENANT);
        assertEquals(1, report.accepted(), () -> report + " " + inbound().findById(decision));
        InboundItem answered = inbound().findById(decision).orElseThrow();
        List<CreditRecord> records = archive(h[0]);
        CreditRecord repair = records.stream().filter(r -> r.id().equals(answered.recordId())).findFirst().orElseThrow();
        assertEquals(recordId, repair.supersedes());
        assertTrue(RepairEffect.isRepairEntry(repair), repair.summary());
        assertTrue(repair.summary().contains(answered.basisNumber()), "cites the decision: " + repair.summary());

        poller(null).runTenant(TENANT);
        List<OutboundItem> shared = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, h[0]);
        assertEquals(List.of("PENALTY_PUBLISHED", "REVOCATION"), shared.stream().map(OutboundItem::itemType).toList());
        assertEquals("REPAIRED", shared.get(1).revocationReason());
        assertEquals("REVOKED", shared.get(0).status());

        // The same decision again (another event id): the record is already repaired, nothing is written.
        String again = eventId("REP2");
        inbound().save(row(again, "REPAIR_DECISION", "USCC", h[1], null, "信用中国修复〔2026〕9号", publication));
        importer().runTenant(TENANT);
        assertEquals("RECORD_ALREADY_SUPERSEDED", inbound().findById(again).orElseThrow().rejectCode());
        assertEquals(records.size(), archive(h[0]).size());
    }

    // ------------------------------------------------------------------------- corrections (R-3.6), listings (R-11.2)

    @Test
    @DisplayName("R-3.6: a correction of shared information carries its due day (3 working days) and its propagation state")
    void rule_3_6_a_correction_carries_its_due_day_and_the_overdue_ones_are_listed() {
        String[] h = institution("更正期限测试医院");
        String recordId = penalty(api, h[0]);
        poller(null).runTenant(TENANT);
        withdraw(api, h[0], recordId);

        TenantDirectory tenants = api.context().getBean(TenantDirectory.class);
        LocalDate today = Fixtures.today();
        LocalDate due = CorrectionDeadline.dueOn(tenants.current(TENANT).calendar(), today);
        assertTrue(due != null && due.isAfter(today), "the tenant calendar covers this year: " + due);
        CorrectionPropagations.Propagation waiting = propagations().of(TENANT, today).stream()
                .filter(p -> p.subjectId().equals(h[0])).findFirst().orElseThrow();
        assertEquals(due, waiting.dueOn());
        assertEquals(CorrectionDeadline.State.PENDING, waiting.state());
        assertTrue(propagations().overdue(TENANT, today).stream().noneMatch(p -> p.subjectId().equals(h[0])));
        // The day after its due day, still not in the exchange database: listed for the bureau.
        assertTrue(propagations().overdue(TENANT, due.plusDays(1)).stream()
                .anyMatch(p -> p.eventId().equals(waiting.eventId())), "overdue once past its due day");

        poller(null).runTenant(TENANT);
        OutboundItem revocation = rows().findById(waiting.eventId()).orElseThrow();
        assertEquals(due, revocation.dueOn(), "the exchange row carries the due day");
        assertEquals(null, rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, h[0]).get(0).dueOn(),
                "a publication has no due day");
        CorrectionPropagations.Propagation shared = propagations().of(TENANT, due.plusDays(1)).stream()
                .filter(p -> p.eventId().equals(waiting.eventId())).findFirst().orElseThrow();
        assertEquals(CorrectionDeadline.State.SHARED_ON_TIME, shared.state());
        assertTrue(propagations().overdue(TENANT, due.plusDays(1)).stream()
                .noneMatch(p -> p.eventId().equals(waiting.eventId())), "propagated: no longer overdue");
    }

    @Test
    @DisplayName("R-11.2: a serious-dishonesty listing is shared, and its withdrawal is shared as its delisting")
    void rule_11_2_a_listing_and_its_withdrawal_are_shared_as_listing_and_delisting() {
        String[] h = institution("名单测试医院");
        Map<String, Object> listing = new java.util.LinkedHashMap<>(Fixtures.negative("DISHONESTY_LIST", "SERIOUS",
                Fixtures.today()));
        String recordId = Fixtures.record(api, TENANT, h[0], listing).str("recordId");
        withdraw(api, h[0], recordId);
        poller(null).runTenant(TENANT);
        List<OutboundItem> shared = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, h[0]);
        assertEquals(List.of("DISHONESTY_LISTED", "DISHONESTY_DELISTED"),
                shared.stream().map(OutboundItem::itemType).toList());
        assertEquals("REVOKED", shared.get(0).status());
        assertEquals(shared.get(1).eventId(), shared.get(0).revokedBy());
        assertEquals("WITHDRAWN", shared.get(1).revocationReason());
        assertTrue(shared.get(1).dueOn() != null, "a delisting is due in 3 working days too");
    }

    /** Issue 14: two poller runs overlap (a schedule's run outlasting its period): every event once, no exception. */
    @Test
    @DisplayName("Issue 14: two overlapping poller runs write every event exactly once and blame no event")
    void issue_14_overlapping_poller_runs_write_every_event_once() throws Exception {
        String a = institution("并发轮询测试医院甲")[0];
        String b = institution("并发轮询测试医院乙")[0];
        for (int i = 0; i < 3; i++) {
            penalty(api, a);
            penalty(api, b);
        }
        List<OutboxPoller.Report> reports = cn.yixin.api.testing.StartingGate.copies(2, () -> poller(null).runTenant(TENANT));
        OutboxPoller.Report tail = poller(null).runTenant(TENANT);
        int written = reports.stream().mapToInt(OutboxPoller.Report::written).sum() + tail.written();
        assertEquals(6, written, reports + " " + tail);
        assertTrue(outbox().pending(TENANT, 100).isEmpty());
        assertEquals(3, rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, a).size());
        assertEquals(3, rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, b).size());
        assertTrue(exchange.getBean(DeadLetterRepository.class).findByTenantId(TENANT).stream()
                .noneMatch(d -> d.subjectId().equals(a) || d.subjectId().equals(b)), "no event blamed for the race");
    }

    /** A published result version, as the publication (or the revision) writes it with its outbox event. */
    static cn.yixin.domain.evaluation.CycleResult published(String subject, int year, int version, String grade,
                                                           Integer score) {
        return new cn.yixin.domain.evaluation.CycleResult(TENANT, subject, cn.yixin.domain.SubjectKind.DESIGNATED_HOSPITAL,
                year, version, cn.yixin.domain.evaluation.ResultStatus.PUBLISHED, grade, "等级" + grade, score, null,
                null, false, "SCORE", 1, LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 1, 10),
                LocalDate.of(year + 1, 1, 20), Instant.parse((year + 1) + "-01-21T02:00:00Z").plusSeconds(version),
                Instant.parse((year + 1) + "-01-05T02:00:00Z"), version == 1 ? "CYCLE" : "CORRECTION",
                version == 1 ? null : "处罚决定已撤销", version == 1 ? null : "更正依据", List.of(), null);
    }

    @Test
    @DisplayName("R-5.7 / issue 14: published results are shared once per version, in version order, under R-<tenant>-<subject>-<year>-<version>")
    void rule_5_7_published_results_are_shared_once_per_version_in_order() {
        String[] hospital = institution("结果共享测试医院");
        String subject = hospital[0];
        // Version 2 (a revision) is written first in the outbox's key order too: the key, not the write, orders them.
        for (var r : List.of(published(subject, 2024, 2, "B", 82), published(subject, 2024, 1, "C", 65))) {
            api.dynamo().putItem(p -> p.tableName("yixin").item(DynamoOutboxRepository.resultItem(r).orElseThrow()));
        }
        assertTrue(DynamoOutboxRepository.resultItem(new cn.yixin.domain.evaluation.CycleResult(TENANT, subject,
                cn.yixin.domain.SubjectKind.DESIGNATED_HOSPITAL, 2024, 3, cn.yixin.domain.evaluation.ResultStatus.PROPOSED,
                "A", "等级A", 95, null, null, false, "SCORE", 1, LocalDate.of(2024, 12, 31), null, null, null, null,
                "CYCLE", null, null, List.of(), null)).isEmpty(), "a proposed result is not shared");

        List<String> order = new java.util.ArrayList<>();
        OutboxPoller.Report first = poller(item -> order.add(item.event().eventId())).runTenant(TENANT);
        assertEquals(2, first.written(), first::toString);
        String v1 = "R-" + TENANT + "-" + subject + "-2024-1";
        String v2 = "R-" + TENANT + "-" + subject + "-2024-2";
        assertEquals(List.of(v1, v2), order, "in version order");
        List<OutboundItem> shared = rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, subject);
        assertEquals(List.of(v1, v2), shared.stream().map(OutboundItem::eventId).toList());
        OutboundItem row = shared.get(0);
        assertEquals("RESULT_PUBLISHED", row.itemType());
        assertEquals("EVALUATION_RESULT", row.category());
        assertEquals("2024-v1", row.recordId());
        assertEquals("C", row.severity());
        assertTrue(row.content().startsWith("2024年度信用评价结果：C"), row.content());
        assertTrue(shared.get(1).content().contains("修订"), shared.get(1).content());
        assertEquals("USCC", row.identifierType());
        assertEquals(hospital[1], row.subjectIdentifier());
        assertEquals("PUBLISHED", row.status());
        assertEquals(Instant.parse("2025-01-21T02:00:01Z"), row.occurredAt());

        assertTrue(outbox().pending(TENANT, 10).isEmpty());
        // The same events again (a replay after a crash between the upsert and the delete): nothing written twice.
        for (var r : List.of(published(subject, 2024, 1, "C", 65), published(subject, 2024, 2, "B", 82))) {
            api.dynamo().putItem(p -> p.tableName("yixin").item(DynamoOutboxRepository.resultItem(r).orElseThrow()));
        }
        OutboxPoller.Report again = poller(null).runTenant(TENANT);
        assertEquals(0, again.written(), again::toString);
        assertEquals(2, again.replayed(), again::toString);
        assertEquals(2, rows().findByTenantIdAndSubjectIdOrderBySubjectSeqAsc(TENANT, subject).size());
        assertTrue(outbox().pending(TENANT, 10).isEmpty());
    }
}
