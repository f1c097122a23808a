package cn.yixin.api.lambda;

import cn.yixin.api.security.TrustedIssuers;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.DynamoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In the Lambda environment the priming runs at startup, trusts nothing new and leaves the API working. */
class PrimingTest {

    private static ApiUnderTest api;

    @BeforeAll
    static void start() {
        api = ApiUnderTest.fresh(Map.of(), "function", "test");
        api.onboardAll();
    }

    @AfterAll
    static void stop() {
        api.context().close();
    }

    @Test
    void primedDuringStartupAndOnlyOnce() {
        Priming priming = api.context().getBean(Priming.class);
        assertTrue(priming.primed());
        assertEquals(0, priming.prime());
    }

    @Test
    void everyStepSucceeds() {
        // A step that fails is only logged in production (priming never stops a start); here it must not fail.
        assertEquals(List.of(), api.context().getBean(Priming.class).failedSteps());
    }

    @Test
    void theShippedTokenIsRefusedByTheRealValidator() throws Exception {
        // The pre-signed priming token verifies with its own public key, yet no configured issuer accepts it.
        Priming priming = api.context().getBean(Priming.class);
        priming.primeJwt();
    }

    @Test
    void theThrowawayIssuerIsNotTrusted() {
        assertTrue(api.context().getBean(TrustedIssuers.class).find(Priming.PRIMING_ISSUER).isEmpty());
    }

    @Test
    void withoutATenantAccessRoleTheSharedClientStays() {
        assertFalse(api.context().containsBean(StsTenantDynamoClients.class));
        assertTrue(api.context().containsBean(DynamoClients.class));
    }

    @Test
    void theApiStillAnswers() {
        Response r = api.get("/config", TestIdentity.bureau("440300", "auditor"));
        assertEquals(200, r.status(), r.body());
    }
}
