package cn.yixin.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trip of written documents (decision letters) on DynamoDB Local (issue #11). */
class DynamoDocumentRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoDocumentRepository repo = new DynamoDocumentRepository(t.clients, t.table);

    private static StoredDocument doc(String id, String title, long secondsLater) {
        return new StoredDocument(id, "440300", "s-1", "OBJECTION_DECISION", title, "深医保异决〔2026〕" + id + "号",
                List.of("第一段。", "第二段。"), "深圳市医疗保障局", "objection/o-1", StoreTable.NOW.plusSeconds(secondsLater));
    }

    @Test
    @DisplayName("R-6.3: a decision document reads back as written, by id and in the subject's list, oldest first")
    void documentReadsBack() {
        assertTrue(repo.addIfAbsent(doc("d-2", "异议处理决定书", 10)));
        assertTrue(repo.addIfAbsent(doc("d-1", "异议受理通知书", 0)));
        assertEquals(doc("d-2", "异议处理决定书", 10), repo.find("440300", "s-1", "d-2").orElseThrow());
        assertEquals(List.of("d-1", "d-2"), repo.list("440300", "s-1").stream().map(StoredDocument::documentId).toList());
        assertTrue(repo.find("440300", "s-2", "d-2").isEmpty(), "another subject's documents");
        assertTrue(repo.list("510000", "s-1").isEmpty(), "another tenant's documents");
    }

    @Test
    @DisplayName("R-6.3: a decision document id written twice is refused (false) and the first text stays")
    void secondWriteRefused() {
        assertTrue(repo.addIfAbsent(doc("d-3", "异议处理决定书", 0)));
        int items = t.itemCount();
        assertFalse(repo.addIfAbsent(doc("d-3", "另一份文书", 5)));
        assertEquals(items, t.itemCount());
        assertEquals("异议处理决定书", repo.find("440300", "s-1", "d-3").orElseThrow().titleZh());
    }
}
