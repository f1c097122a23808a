package cn.yixin.store;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.yixin.store.StoreFixtures.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trip of subjects, their identifier index, links and grade history on DynamoDB Local (issue #11). */
class DynamoSubjectRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoSubjectRepository repo = new DynamoSubjectRepository(t.clients, t.table, StoreTable.CLOCK);

    @Test
    @DisplayName("R-2.2: a registered subject reads back by id and by its identifier's lookup hash, in its tenant only")
    void registerReadsBack() {
        Subject s = StoreFixtures.subject("s-1", "hash-1");
        repo.register(s, StoreFixtures.firstGrade(), null);
        Subject back = repo.find(TENANT, "s-1").orElseThrow();
        assertEquals(s.identifier(), back.identifier());
        assertEquals(s.kind(), back.kind());
        assertEquals(s.displayName(), back.displayName());
        assertEquals(s.version(), back.version());
        assertEquals(s.standing().grade(), back.standing().grade());
        assertEquals(s.standing().score(), back.standing().score());
        assertEquals("s-1", repo.findIdByIdentifierHash(TENANT, "hash-1").orElseThrow());
        assertEquals(List.of(StoreFixtures.firstGrade()), repo.history(TENANT, "s-1"));
        assertTrue(repo.find("510000", "s-1").isEmpty());
        assertTrue(repo.findIdByIdentifierHash("510000", "hash-1").isEmpty());
        assertEquals(List.of("s-1"), repo.list(TENANT, SubjectKind.DESIGNATED_HOSPITAL, null, null, 10).items()
                .stream().map(x -> x.id()).toList());
    }

    @Test
    @DisplayName("R-2.2: a second subject with a registered identifier is CONFLICT SUBJECT_EXISTS and nothing is written")
    void sameIdentifierRefused() {
        repo.register(StoreFixtures.subject("s-2", "hash-2"), StoreFixtures.firstGrade(), null);
        int items = t.itemCount();
        DomainException e = assertThrows(DomainException.class,
                () -> repo.register(StoreFixtures.subject("s-3", "hash-2"), StoreFixtures.firstGrade(), null));
        assertEquals("SUBJECT_EXISTS", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(items, t.itemCount());
        assertTrue(repo.find(TENANT, "s-3").isEmpty());
    }

    @Test
    @DisplayName("R-2.3: a link reads back from both ends; the same link twice is CONFLICT LINK_EXISTS")
    void linkBothWays() {
        repo.register(StoreFixtures.subject("hospital", "hash-h"), StoreFixtures.firstGrade(), null);
        repo.register(StoreFixtures.subject("doctor", "hash-d"), StoreFixtures.firstGrade(), null);
        SubjectLink link = new SubjectLink("doctor", SubjectLink.Relation.PRACTISES_AT, "hospital", StoreTable.NOW,
                "clerk-1");
        repo.link(TENANT, link, null);
        assertEquals(List.of(link), repo.links(TENANT, "doctor"));
        assertEquals(List.of(link), repo.links(TENANT, "hospital"));
        DomainException e = assertThrows(DomainException.class, () -> repo.link(TENANT, link, null));
        assertEquals("LINK_EXISTS", e.code());
        assertEquals(List.of(link), repo.links(TENANT, "doctor"));
    }

    @Test
    @DisplayName("R-1.3: the idempotent answer is written with the subject, and a used key refuses the whole write")
    void idempotentAnswerInTheSameTransaction() {
        var idempotency = new DynamoIdempotencyRepository(t.clients, t.table, StoreTable.CLOCK);
        IdempotentResponse answer = new IdempotentResponse(TENANT, "scope#key-subject-1", "RegisterSubject", "h", 201,
                "{\"id\":\"s-4\"}");
        repo.register(StoreFixtures.subject("s-4", "hash-4"), StoreFixtures.firstGrade(), answer);
        assertEquals("{\"id\":\"s-4\"}", idempotency.find(TENANT, "scope#key-subject-1").orElseThrow().body());
        assertThrows(IdempotencyKeyUsed.class,
                () -> repo.register(StoreFixtures.subject("s-5", "hash-5"), StoreFixtures.firstGrade(), answer));
        assertTrue(repo.find(TENANT, "s-5").isEmpty(), "nothing half-written");
        assertTrue(repo.findIdByIdentifierHash(TENANT, "hash-5").isEmpty());
    }

}
