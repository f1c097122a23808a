package cn.yixin.store;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trip of each subject's website inbox on DynamoDB Local (issue #11). */
class DynamoNoticeRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoNoticeRepository repo = new DynamoNoticeRepository(t.clients, t.table);

    private static StoredNotice notice(String id, String body, long secondsLater) {
        return new StoredNotice(id, "440300", "s-1", "PROPOSED_RESULT", "信用评价结果告知", body,
                LocalDate.of(2026, 3, 16), "result/r-1", StoreTable.NOW.plusSeconds(secondsLater));
    }

    @Test
    @DisplayName("R-5.7: notices read back as written, newest first, in their subject's inbox only")
    void noticesReadBack() {
        assertTrue(repo.addIfAbsent(notice("n-1", "拟评价结果为 A 级。", 0)));
        assertTrue(repo.addIfAbsent(notice("n-2", "评价结果已更正。", 60)));
        assertEquals(List.of(notice("n-2", "评价结果已更正。", 60), notice("n-1", "拟评价结果为 A 级。", 0)),
                repo.list("440300", "s-1"));
        assertTrue(repo.list("440300", "s-2").isEmpty());
        assertTrue(repo.list("510000", "s-1").isEmpty());
    }

    @Test
    @DisplayName("R-5.7: a notice id written twice is refused (false) and the first stays")
    void secondWriteRefused() {
        assertTrue(repo.addIfAbsent(notice("n-3", "第一次。", 0)));
        int items = t.itemCount();
        assertFalse(repo.addIfAbsent(notice("n-3", "第二次。", 1)));
        assertEquals(items, t.itemCount());
        assertEquals(List.of("第一次。"), repo.list("440300", "s-1").stream().map(StoredNotice::bodyZh).toList());
    }
}
