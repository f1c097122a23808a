package cn.yixin.local;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web portal in the local run (issue 19, docs/portal.md): the built files at {@code /} next to the API, whose
 * routes keep precedence, and the development sign-in's setup, fenced like the token minting.
 */
class LocalPortalTest {

    static Path dist;
    static LocalApi.LocalRun run;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        dist = Files.createTempDirectory("portal-dist");
        Files.writeString(dist.resolve("index.html"), "<!doctype html><title>医信</title><div id=app></div>");
        Files.createDirectories(dist.resolve("assets"));
        Files.writeString(dist.resolve("assets").resolve("index-abc.js"), "console.log('portal')");
        System.setProperty("yixin.portal.dir", dist.toString());
        try {
            run = LocalApi.start(LocalStorage.inMemory(), Map.of("micronaut.server.port", -1));
        } finally {
            System.clearProperty("yixin.portal.dir");
        }
        http = run.context().createBean(HttpClient.class, run.context().getBean(EmbeddedServer.class).getURL());
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        run.close();
        try (var files = Files.walk(dist)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @DisplayName("The local run serves the built portal at / and its assets, and the API's routes keep precedence")
    void servesThePortal() {
        String index = http.toBlocking().retrieve("/");
        assertTrue(index.contains("医信"), index);
        assertEquals("console.log('portal')", http.toBlocking().retrieve("/assets/index-abc.js"));
        HttpClientResponseException me = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/me"));
        assertEquals(401, me.getStatus().getCode(), "GET /me is the API's, not a file");
        HttpClientResponseException outside = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve("/..%2F..%2Fpom.xml"));
        assertNotEquals(200, outside.getStatus().getCode(), "nothing outside the portal's directory");
    }

    @Test
    @DisplayName("GET /local/portal offers the development sign-in: every tenant file and every role")
    @SuppressWarnings("unchecked")
    void devSignInSetup() {
        HttpResponse<Map> r = http.toBlocking().exchange(HttpRequest.GET("/local/portal"), Map.class);
        Map<String, Object> body = r.body();
        assertEquals(true, body.get("devSignIn"));
        List<Map<String, Object>> tenants = (List<Map<String, Object>>) body.get("tenants");
        assertTrue(tenants.contains(Map.of("id", "500119", "name", "南川区")), tenants::toString);
        assertTrue(((List<String>) body.get("roles")).containsAll(List.of("credit_subject", "bureau_reviewer", "bureau_officer")));
    }

    @Test
    @DisplayName("No development sign-in in a Lambda deployment: even with the local environment switched on")
    void noDevSignInInLambda() {
        ApiUnderTest lambda = ApiUnderTest.fresh(Map.of(), "local", Environment.FUNCTION);
        try {
            assertFalse(lambda.context().containsBean(LocalPortal.class));
            Response r = lambda.request("GET", "/local/portal").send();
            assertTrue(r.status() == 401 || r.status() == 404, r::toString);
        } finally {
            lambda.context().close();
        }
    }
}
