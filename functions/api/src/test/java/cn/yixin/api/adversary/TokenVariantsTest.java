package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.testing.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 2 and docs/security.md "Who is calling": for every operation that takes a token, each token variant
 * (see {@link TokenVariants}) made from its scenario caller's own claims is 401 problem+json and writes nothing; the
 * caller's valid token is then served (the control).
 */
class TokenVariantsTest {

    @TestFactory
    @DisplayName("R-1.3: no token variant authenticates, for any operation")
    Stream<DynamicTest> everyOperation() {
        World w = World.get();
        return OperationCatalog.ALL.stream()
                // A public operation (no token at all, docs/security.md) has no caller whose token could be varied.
                .filter(op -> !op.roles().isEmpty()
                        && !op.roles().contains(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS))
                .map(op -> DynamicTest.dynamicTest(op.name(), () -> attack(w, op)));
    }

    private void attack(World w, OperationCatalog.Operation op) {
        Call call = w.fresh(op.name());
        Verdicts v = new Verdicts();
        Map<String, String> variants = TokenVariants.forCaller(call.who().tenant(), call.who().roles(), call.who().subjectId());
        for (var variant : variants.entrySet()) {
            Response r = call.sendWithAuthorization(w.api, variant.getValue());
            v.refused(variant.getKey() + " on " + call, r, 401);
            if (r.status() == 401 && !"UNAUTHENTICATED".equals(r.str("code"))) {
                v.fail(variant.getKey() + ": 401 with code " + r.str("code"));
            }
        }
        Response own = call.send(w.api);
        v.counted();
        if (!Expectations.servedStatuses(op.name()).contains(own.status())) {
            v.fail("control " + call + " -> " + own.status() + " " + Verdicts.abbreviate(own.body()));
        }
        assertTrue(v.failures().isEmpty(), v::report);
    }
}
