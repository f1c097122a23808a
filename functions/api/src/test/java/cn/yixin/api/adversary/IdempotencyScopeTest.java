package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.adversary.Call.Who;
import cn.yixin.api.testing.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 1: an Idempotency-Key belongs to its caller, and authorisation runs before any replay. For
 * every POST of the catalog: its caller's first request is served and its retry answers the same; then another
 * subject replaying the key and body on that route, the same roles in another tenant, and another user of the same
 * tenant and roles each get no replay of the first answer, and none of them is refused because the key "was used"
 * (which would let one caller block another's write and learn that a key exists).
 */
class IdempotencyScopeTest {

    @org.junit.jupiter.api.AfterAll
    static void report() {
        Verdicts.print(IdempotencyScopeTest.class);
    }


    @TestFactory
    @DisplayName("R-1.3: Idempotency-Keys are scoped to the caller, for every POST")
    Stream<DynamicTest> everyPost() {
        World w = World.get();
        return OperationCatalog.ALL.stream()
                .filter(op -> op.method().equals("POST") || op.method().equals("PUT"))
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> attack(w, op)));
    }

    private void attack(World w, OperationCatalog.Operation op) {
        String key = w.key("scope");
        Call first = w.fresh(op.name()).header("Idempotency-Key", key);
        Verdicts v = new Verdicts();
        Response original = first.send(w.api);
        v.counted();
        if (!Expectations.servedStatuses(op.name()).contains(original.status())) {
            v.fail("first " + first + " -> " + original.status() + " " + Verdicts.abbreviate(original.body()));
        }
        Response retry = first.send(w.api);
        v.counted();
        if (original.status() < 300 && !Expectations.RETRY_IS_A_CONFLICT.contains(op.name())
                && (retry.status() != original.status() || !sameAnswer(original, retry))) {
            v.fail("retry of " + first + " answered " + retry.status() + " " + Verdicts.abbreviate(retry.body())
                    + " instead of the first answer");
        }
        Who owner = first.who();
        if (owner.anonymousCaller()) {
            v.tally(getClass());
        assertTrue(v.failures().isEmpty(), v::report);
            return; // the public objection takes no token: there is no caller to scope to (docs/security.md)
        }
        if (owner.roles().contains("credit_subject") && op.path().contains("{subjectId}")) {
            Call other = first.by(Who.subject(owner.tenant(), w.hospital(owner.tenant())));
            mustNotReplay(v, "another subject on the victim's route", other.send(w.api), original);
        }
        if (!owner.roles().contains("platform_operator")) {
            mustNotReplay(v, "the same roles in another tenant", first.by(owner.inTenant(World.OTHER_WRITER)).send(w.api), original);
        }
        mustNotReplay(v, "another user of the same tenant and roles", first.by(owner.anotherUser()).send(w.api), original);
        v.tally(getClass());
        assertTrue(v.failures().isEmpty(), v::report);
    }

    private static void mustNotReplay(Verdicts v, String who, Response r, Response original) {
        v.counted();
        if ("true".equals(r.header("Idempotent-Replayed"))) {
            v.fail(who + ": replayed the first caller's answer " + Verdicts.abbreviate(r.body()));
        }
        if ("IDEMPOTENCY_KEY_REUSED".equals(codeOf(r))) {
            v.fail(who + ": blocked by the first caller's key (422 IDEMPOTENCY_KEY_REUSED)");
        }
        if (r.status() >= 500) {
            v.fail(who + ": " + r.status() + " " + Verdicts.abbreviate(r.body()));
        }
    }

    static boolean sameAnswer(Response a, Response b) {
        return a.body() == null ? b.body() == null : a.body().equals(b.body());
    }

    private static String codeOf(Response r) {
        try {
            return r.str("code");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
