package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.testing.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adversarial suites attack every operation of the catalog only if each has a scenario: this test fails when an
 * operation is added without one (issue 10: "generated from OperationCatalog so a new operation is covered by
 * itself"), and proves each scenario is a real, permitted call, or the suites would attack a call that fails anyway.
 */
class ScenarioCoverageTest {

    @Test
    @DisplayName("Issue 10: every catalogued operation has an adversarial scenario, and no scenario names a removed one")
    void everyOperationHasAScenario() {
        Set<String> catalogued = new TreeSet<>();
        OperationCatalog.ALL.forEach(o -> catalogued.add(o.name()));
        assertEquals(catalogued, World.get().scenarioNames());
    }

    @Test
    @DisplayName("Issue 10: each scenario's own caller is served (2xx) — the positive control of every suite")
    void everyScenarioSucceedsForItsCaller() {
        World w = World.get();
        Verdicts v = new Verdicts();
        for (OperationCatalog.Operation op : OperationCatalog.ALL) {
            Call c = w.fresh(op.name());
            Response r = c.send(w.api);
            v.counted();
            if (!Expectations.servedStatuses(op.name()).contains(r.status())) {
                v.fail(c + " -> " + r.status() + " " + Verdicts.abbreviate(r.body()));
            }
        }
        assertTrue(v.failures().isEmpty(), v::report);
    }
}
