package cn.yixin.local;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local run as the README starts it (HTTP on a loopback port, DynamoDB Local in-process, tenants onboarded),
 * and the proof that its token minting and its movable clock cannot be switched on in a Lambda deployment.
 */
class LocalRunTest {

    static LocalApi.LocalRun run;
    static ApplicationContext local;
    static HttpClient http;

    @BeforeAll
    static void start() {
        run = LocalApi.start(LocalStorage.inMemory(), Map.of("micronaut.server.port", -1));
        local = run.context();
        http = local.createBean(HttpClient.class, local.getBean(EmbeddedServer.class).getURL());
    }

    @AfterAll
    static void stop() {
        http.close();
        run.close();
    }

    @SuppressWarnings("unchecked")
    private static String token(String tenant, List<String> roles) {
        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.POST("/local/tokens",
                Map.of("tenant", tenant, "roles", roles)), Map.class);
        return (String) body.get("token");
    }

    @Test
    @DisplayName("Local run: every tenant file is onboarded and a locally minted token works over HTTP")
    @SuppressWarnings("unchecked")
    void mintAndCall() {
        String operator = token("platform", List.of("platform_operator"));
        String tenants = http.toBlocking().retrieve(HttpRequest.GET("/platform/tenants").bearerAuth(operator));
        for (String code : List.of("440000", "440300", "510000", "130000", "130300", "500000", "500119")) {
            assertTrue(tenants.contains("\"" + code + "\""), code + " onboarded");
        }
        String officer = token("440300", List.of("bureau_officer"));
        HttpResponse<Map> config = http.toBlocking().exchange(HttpRequest.GET("/config").bearerAuth(officer), Map.class);
        assertEquals(200, config.code());
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .retrieve(HttpRequest.POST("/local/tokens", Map.of("tenant", "44", "roles", List.of("x")))));
        assertEquals(400, bad.getStatus().getCode());
        assertTrue(bad.getResponse().getBody(String.class).orElse("").contains("INVALID_TENANT"));
    }

    @Test
    @DisplayName("Bad input over the local HTTP server names the field and what is allowed, never the value sent (#10.8), as in Lambda")
    void badEnumNamesTheField() {
        String officer = token("500119", List.of("bureau_officer"));
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .retrieve(HttpRequest.POST("/subjects", Map.of("kind", "NOT_A_KIND", "name", "本地坏输入",
                        "identifier", "91350100M000100Y43")).bearerAuth(officer)));
        assertEquals(400, bad.getStatus().getCode());
        String body = bad.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("\"field\":\"kind\"") && !body.contains("NOT_A_KIND")
                && body.contains("DESIGNATED_HOSPITAL") && body.contains("INVALID_VALUE"), body);
    }

    @Test
    @DisplayName("#10.8: TRACE over the local HTTP server answers 405 METHOD_NOT_ALLOWED as a problem, not an empty 403")
    void traceIsAProblem() {
        HttpClientResponseException trace = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.create(io.micronaut.http.HttpMethod.TRACE, "/subjects"), String.class));
        assertEquals(405, trace.getStatus().getCode(), () -> trace.getResponse().getBody(String.class).orElse(""));
        assertTrue(trace.getResponse().getBody(String.class).orElse("").contains("METHOD_NOT_ALLOWED"));
    }

    @Test
    @DisplayName("12.4 the local clock moves forward over the API, never back; the sweep and every operation see its day")
    @SuppressWarnings("unchecked")
    void localClockMovesForward() {
        Map<String, Object> before = http.toBlocking().retrieve(HttpRequest.GET("/local/clock"), Map.class);
        java.time.LocalDate today = java.time.LocalDate.parse((String) before.get("today"));
        java.time.LocalDate later = today.plusDays(10);
        String operator = token("platform", List.of("platform_operator"));
        HttpClientResponseException early = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .retrieve(HttpRequest.POST("/platform/sweeps?day=" + later, "").bearerAuth(operator)));
        assertTrue(early.getResponse().getBody(String.class).orElse("").contains("SWEEP_DAY_IN_FUTURE"));

        Map<String, Object> moved = http.toBlocking().retrieve(HttpRequest.POST("/local/clock", Map.of("days", 10)), Map.class);
        assertEquals(later.toString(), moved.get("today"));
        assertEquals(200, http.toBlocking().exchange(HttpRequest.POST("/platform/sweeps?day=" + later, "")
                .bearerAuth(operator)).code(), "the day has come on the local clock");
        String officer = token("500119", List.of("bureau_officer"));
        Map<String, Object> registered = http.toBlocking().retrieve(HttpRequest.POST("/subjects", Map.of(
                "kind", "DESIGNATED_HOSPITAL", "name", "时钟测试医院", "identifier", "91350100M000100Y43"))
                .bearerAuth(officer), Map.class);
        assertEquals(later.toString(), ((Map<String, Object>) registered.get("grade")).get("asOf"),
                "an operation grades as of the local clock's day");

        HttpClientResponseException back = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .retrieve(HttpRequest.POST("/local/clock", Map.of("day", today.toString()))));
        assertEquals(400, back.getStatus().getCode());
        String problem = back.getResponse().getBody(String.class).orElse("");
        assertTrue(problem.contains("CLOCK_BACKWARD") && problem.contains("\"field\":\"day\""), problem);
        assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .retrieve(HttpRequest.POST("/local/clock", Map.of("days", -1))));
        Map<String, Object> after = http.toBlocking().retrieve(HttpRequest.GET("/local/clock"), Map.class);
        assertEquals(later.toString(), after.get("today"), "never moved back");
    }

    @Test
    @DisplayName("The API document and its UI are served by the local run")
    void openApiServed() {
        String doc = http.toBlocking().retrieve("/swagger/yixin.yml");
        assertTrue(doc.contains("/subjects/{subjectId}/records"));
        assertTrue(doc.contains("RecordCreditInformation") || doc.contains("Record credit information"));
        assertTrue(http.toBlocking().retrieve("/swagger-ui/index.html").contains("swagger"));
    }

    @Test
    @DisplayName("Token minting is impossible in a Lambda deployment: even with the local environment switched on")
    void noMintingInLambda() {
        // As Lambda would build it (function environment), even if someone also turned on "local".
        ApiUnderTest lambda = ApiUnderTest.fresh(Map.of(), "local", Environment.FUNCTION);
        try {
            assertFalse(lambda.context().containsBean(LocalDevIdentity.class), "no local identity provider");
            assertFalse(lambda.context().containsBean(MintLocalToken.class), "no minting operation");
            assertFalse(lambda.context().containsBean(LocalClock.class), "12.4: no movable clock");
            assertFalse(lambda.context().containsBean(LocalClockOperation.class), "12.4: no clock operation");
            Response clock = lambda.request("POST", "/local/clock").json(Map.of("days", 30)).send();
            assertTrue(clock.status() == 401 || clock.status() == 404, clock::toString);
            Response r = lambda.request("POST", "/local/tokens")
                    .json(Map.of("tenant", "440000", "roles", List.of("bureau_admin"))).send();
            assertTrue(r.status() == 401 || r.status() == 404, r::toString);
            // A token minted by a local run is not accepted there.
            String localToken = token("440000", List.of("bureau_admin"));
            assertEquals(401, lambda.get("/config", localToken).status());
        } finally {
            lambda.context().close();
        }
        // And the local run refuses to start inside Lambda at all.
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> LambdaGuard.refuseInLambda(Map.of("AWS_LAMBDA_FUNCTION_NAME", "yixin-RecordCreditInformation")));
        assertTrue(refused.getMessage().contains("Refusing"));
    }
}
