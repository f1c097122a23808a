package cn.yixin.store;

import cn.yixin.domain.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round trip of calendar years loaded over the API, the platform's versions and the tenants' copies (issue #11). */
class DynamoCalendarRepositoryTest {

    private final StoreTable t = StoreTable.fresh();
    private final DynamoCalendarRepository repo = new DynamoCalendarRepository(t.clients, t.table);

    private static CalendarYearRecord year(int version, String holidayName) {
        return new CalendarYearRecord("cn-mainland", 2027, version,
                Map.of(LocalDate.of(2027, 1, 1), holidayName, LocalDate.of(2027, 10, 1), "国庆节"),
                Map.of(LocalDate.of(2027, 9, 26), "国庆节调休"), "国办发明电〔2026〕1号", StoreTable.NOW, "operator-1",
                version == 1 ? "load" : "replace");
    }

    @Test
    @DisplayName("R-10.1: a loaded year reads back from the platform and from each tenant's own copy")
    void loadReadsBack() {
        repo.load(year(1, "元旦"), 0, List.of("440300", "510000"));
        assertEquals(List.of(year(1, "元旦")), repo.currentYears());
        assertEquals(List.of(year(1, "元旦")), repo.versions("cn-mainland", 2027));
        assertEquals(List.of(year(1, "元旦")), repo.tenantYears("440300", "cn-mainland"));
        assertEquals(List.of(year(1, "元旦")), repo.tenantYears("510000", "cn-mainland"));
        assertTrue(repo.tenantYears("320000", "cn-mainland").isEmpty(), "a tenant not copied has no years");
    }

    @Test
    @DisplayName("R-10.1: a load after a stale version is CONFLICT CALENDAR_VERSION_CONFLICT; the current version and copies stay")
    void staleLoadRefused() {
        repo.load(year(1, "元旦"), 0, List.of("440300"));
        repo.load(year(2, "元旦（更正）"), 1, List.of("440300"));
        int items = t.itemCount();
        DomainException e = assertThrows(DomainException.class,
                () -> repo.load(year(2, "元旦（抢先）"), 1, List.of("440300")));
        assertEquals("CALENDAR_VERSION_CONFLICT", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(items, t.itemCount());
        assertEquals(List.of(year(2, "元旦（更正）")), repo.tenantYears("440300", "cn-mainland"));
        assertEquals(List.of(year(1, "元旦"), year(2, "元旦（更正）")), repo.versions("cn-mainland", 2027));
    }
}
