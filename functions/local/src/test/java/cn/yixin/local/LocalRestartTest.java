package cn.yixin.local;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12.12: the local run keeps its data in a directory; stopped and started again on it, it finds the subjects,
 * the attachments and the local clock as they were, and onboarding skips the tenants it already has.
 */
class LocalRestartTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    @DisplayName("12.12 a restart on the same data directory finds everything as it was; --in-memory keeps nothing")
    @SuppressWarnings("unchecked")
    void restartKeepsData(@TempDir Path dir) {
        String subjectId;
        String attachmentId;
        String today;
        try (LocalApi.LocalRun first = LocalApi.start(LocalStorage.in(dir), Map.of("micronaut.server.port", -1));
             HttpClient http = HttpClient.create(URI.create(first.baseUrl()).toURL())) {
            assertEquals(7, first.onboarded().size(), first::toString);
            String officer = token(http, "500119", "bureau_officer");
            Map<String, Object> s = http.toBlocking().retrieve(HttpRequest.POST("/subjects", Map.of(
                    "kind", "DESIGNATED_HOSPITAL", "name", "重启测试医院", "identifier", "91350100M000100Y43"))
                    .bearerAuth(officer), Map.class);
            subjectId = (String) s.get("subjectId");
            Map<String, Object> a = http.toBlocking().retrieve(HttpRequest.POST("/subjects/" + subjectId + "/attachments", PDF)
                    .contentType(MediaType.of("application/pdf")).header("X-File-Name", "evidence.pdf")
                    .bearerAuth(officer), Map.class);
            attachmentId = (String) a.get("attachmentId");
            today = (String) http.toBlocking().retrieve(HttpRequest.POST("/local/clock", Map.of("days", 3)), Map.class)
                    .get("today");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(Files.exists(dir.resolve("dynamodb/yixin.db")), "DynamoDB Local's file is in the data directory");

        try (LocalApi.LocalRun second = LocalApi.start(LocalStorage.in(dir), Map.of("micronaut.server.port", -1));
             HttpClient http = HttpClient.create(URI.create(second.baseUrl()).toURL())) {
            assertEquals(List.of(), second.onboarded(), "nothing onboarded twice");
            assertEquals(7, second.kept().size());
            String auditor = token(http, "500119", "auditor");
            String profile = http.toBlocking().retrieve(HttpRequest.GET("/subjects/" + subjectId).bearerAuth(auditor));
            assertTrue(profile.contains("重启测试医院"), profile);
            byte[] file = http.toBlocking().retrieve(HttpRequest.GET("/subjects/" + subjectId + "/attachments/"
                    + attachmentId).bearerAuth(auditor).accept(MediaType.ALL_TYPE), byte[].class);
            assertArrayEquals(PDF, file, "the attachment survived");
            Map<String, Object> clock = http.toBlocking().retrieve(HttpRequest.GET("/local/clock"), Map.class);
            assertEquals(today, clock.get("today"), "the local clock does not go back at a restart");
            assertEquals(true, clock.get("persistent"));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }

        try (LocalApi.LocalRun memory = LocalApi.start(LocalStorage.from(new String[]{"--in-memory"}, Map.of()),
                Map.of("micronaut.server.port", -1));
             HttpClient http = HttpClient.create(URI.create(memory.baseUrl()).toURL())) {
            assertFalse(memory.storage().persistent());
            assertEquals(7, memory.onboarded().size(), "a fresh in-memory database");
            String auditor = token(http, "500119", "auditor");
            var missing = org.junit.jupiter.api.Assertions.assertThrows(
                    io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                    () -> http.toBlocking().retrieve(HttpRequest.GET("/subjects/" + subjectId).bearerAuth(auditor)));
            assertEquals(404, missing.getStatus().getCode(), "the in-memory run does not see the data directory");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static String token(HttpClient http, String tenant, String role) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/local/tokens",
                Map.of("tenant", tenant, "roles", List.of(role))), Map.class).get("token");
    }
}
