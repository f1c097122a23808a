package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.testing.CatalogEnforcingDynamoDbClient;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.StartingGate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Races on every conditional write (issue 10 item 3; ARCHITECTURE: optimistic locking, one transaction per write).
 * For every POST of the catalog, {@value #CALLERS} identical requests with one Idempotency-Key start together: every
 * one gets the same answer (the first, replayed), none a 5xx, and exactly one of them wrote. For the once-only
 * transitions ({@link #ONCE_ONLY}), {@value #CALLERS} requests with different keys start together: exactly one is
 * served, every other is refused with a problem and wrote nothing.
 */
class ConditionalWriteRaceTest {

    @org.junit.jupiter.api.AfterAll
    static void report() {
        Verdicts.print(ConditionalWriteRaceTest.class);
    }


    static final int CALLERS = 12;

    /** A state transition that may happen once: accepting, deciding, escalating, ruling, correcting a record. */
    static final Set<String> ONCE_ONLY = Set.of("AcceptObjection", "DecideObjection", "RequestObjectionReview",
            "DecideReview", "DecideRepair", "RuleOnRepairObjection", "CorrectCreditRecord", "RecordRepairFalseMaterials",
            "WithdrawPoints", "ClearProcurementCase"); // issue 16

    @TestFactory
    @DisplayName("Issue 10.3: one key, many concurrent callers — one write, one answer, for every POST")
    Stream<DynamicTest> sameKey() {
        World w = World.get();
        return OperationCatalog.ALL.stream()
                .filter(op -> op.method().equals("POST") && Expectations.servedWithSuccess(op.name())
                        && !Expectations.RETRY_IS_A_CONFLICT.contains(op.name())
                        // A run answers 409 CYCLE_RUN_IN_PROGRESS while another call works on it, by design
                        // (docs/evaluation.md); its own race test is CycleContinuationTest's lease.
                        && !op.name().equals("StartEvaluationRun"))
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> sameKey(w, op)));
    }

    @TestFactory
    @DisplayName("Issue 10.3: a once-only transition raced with different keys has exactly one winner")
    Stream<DynamicTest> differentKeys() {
        World w = World.get();
        return ONCE_ONLY.stream().sorted().map(name -> DynamicTest.dynamicTest(name, () -> differentKeys(w, name)));
    }

    private void sameKey(World w, OperationCatalog.Operation op) throws Exception {
        Call call = w.fresh(op.name()).header("Idempotency-Key", w.key("race"));
        List<Outcome> outcomes = race(w, List.of(call), CALLERS);
        Verdicts v = new Verdicts();
        Outcome first = outcomes.stream().filter(o -> !"true".equals(o.response.header("Idempotent-Replayed")))
                .findFirst().orElse(outcomes.get(0));
        long originals = outcomes.stream().filter(o -> !"true".equals(o.response.header("Idempotent-Replayed"))).count();
        // The parent's review pointer is written before the case, once among racers (a conditional put keyed by the
        // case, docs/security.md "The one crossing"): whichever racer wrote it, it is not a second write of the case.
        long writers = outcomes.stream().filter(o -> o.writes.stream().anyMatch(x -> !x.contains("#REVIEW"))).count();
        long pointers = outcomes.stream().flatMap(o -> o.writes.stream()).filter(x -> x.contains("#REVIEW")).count();
        boolean keyed = originals < outcomes.size();
        for (Outcome o : outcomes) {
            v.counted();
            if (o.response.status() >= 500) {
                v.fail(call + " -> " + o.response.status() + " " + Verdicts.abbreviate(o.response.body()));
            } else if (o.response.status() != first.response.status()
                    || (keyed && !IdempotencyScopeTest.sameAnswer(o.response, first.response))) {
                v.fail(call + ": answers differ: " + first.response.status() + " "
                        + Verdicts.abbreviate(first.response.body()) + " / " + o.response.status() + " "
                        + Verdicts.abbreviate(o.response.body()));
            }
        }
        if (pointers > 1) {
            v.fail(call + ": the review pointer was written " + pointers + " times");
        }
        if (keyed && (originals != 1 || writers != 1)) {
            v.fail(call + ": " + originals + " original answers and " + writers + " writers among " + CALLERS
                    + " concurrent requests with one key");
        }
        if (!keyed && Expectations.KEYED.contains(op.name())) {
            v.fail(call + ": no answer was a replay: the key was not kept");
        }
        v.tally(getClass());
        assertTrue(v.failures().isEmpty(), () -> op.name() + ": " + v.report());
    }

    private void differentKeys(World w, String operation) throws Exception {
        Call call = w.fresh(operation);
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(call.header("Idempotency-Key", w.key("race-" + i)));
        }
        List<Outcome> outcomes = race(w, calls, 1);
        Verdicts v = new Verdicts();
        long served = outcomes.stream().filter(o -> o.response.status() < 300).count();
        // The parent's review pointer is written before the case (docs/security.md "The one crossing"), at most once
        // among racers (a conditional put keyed by the case): a loser may be the one that wrote it, never twice.
        long pointers = outcomes.stream().flatMap(o -> o.writes.stream()).filter(x -> x.contains("#REVIEW")).count();
        if (pointers > 1) {
            v.fail(call + ": the review pointer was written " + pointers + " times");
        }
        if (served != 1) {
            v.fail(call + ": " + served + " of " + CALLERS + " concurrent transitions were served");
        }
        for (Outcome o : outcomes) {
            v.counted();
            if (o.response.status() >= 300) {
                List<String> own = o.writes.stream().filter(x -> !x.contains("#REVIEW")).toList();
                if (o.response.status() >= 500 || Verdicts.problemOf(o.response) != null || !own.isEmpty()) {
                    v.fail(call + " loser -> " + o.response.status() + " wrote " + o.writes + " "
                            + Verdicts.abbreviate(o.response.body()));
                }
            }
        }
        v.tally(getClass());
        assertTrue(v.failures().isEmpty(), () -> operation + ": " + v.report());
    }

    private record Outcome(Response response, List<String> writes) {
    }

    /** Sends every call {@code copies} times, all released at once (bounded in count and time). */
    private static List<Outcome> race(World w, List<Call> calls, int copies) throws Exception {
        List<java.util.concurrent.Callable<Outcome>> all = new ArrayList<>();
        for (Call c : calls) {
            for (int i = 0; i < copies; i++) {
                all.add(() -> {
                    Response r = c.send(w.api);
                    return new Outcome(r, CatalogEnforcingDynamoDbClient.businessWrites());
                });
            }
        }
        List<Outcome> out = new ArrayList<>(StartingGate.all(all));
        // The served answer first, so comparisons read from it.
        out.sort((a, b) -> Integer.compare(a.response.status() < 300 ? 0 : 1, b.response.status() < 300 ? 0 : 1));
        return out;
    }
}
