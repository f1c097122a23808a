package cn.yixin.domain.tenant;

import cn.yixin.domain.Severity;
import cn.yixin.domain.repair.RepairPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional {@code repair:} section of a tenant file (R-11.2 defaults, tenant extras such as R-11.4's 6 clean months). */
class RepairPolicyParsingTest {

    private static TenantConfig parse(Map<String, Object> doc) {
        return TenantConfigParser.parse("tenants/440300.yaml", TenantDocs.yaml(doc), TenantDocs.CALENDARS);
    }

    private static List<String> problems(Map<String, Object> doc) {
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> parse(doc));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    @DisplayName("R-11.2: without a repair section the national periods apply (minor 0/3, general 3/12, serious 12/36 months)")
    void defaults() {
        RepairPolicy p = RepairPolicy.of(parse(TenantDocs.valid()));
        assertEquals(RepairPolicy.DEFAULT, p);
        assertEquals(3, p.minMonths(Severity.GENERAL));
        assertEquals(36, p.maxMonths(Severity.SERIOUS));
        assertEquals(0, p.cleanMonthsBeforeRepair());
    }

    @Test
    @DisplayName("R-11.2/R-11.4: a tenant overrides some periods and requires months without a new violation")
    void overrides() {
        Map<String, Object> repair = new LinkedHashMap<>();
        repair.put("minPublicationMonths", Map.of("GENERAL", 6));
        repair.put("cleanMonthsBeforeRepair", 6);
        RepairPolicy p = RepairPolicy.of(parse(TenantDocs.set(TenantDocs.valid(), "repair", repair)));
        assertEquals(6, p.minMonths(Severity.GENERAL));
        assertEquals(12, p.minMonths(Severity.SERIOUS), "unchanged severities keep the default");
        assertEquals(6, p.cleanMonthsBeforeRepair());
    }

    @Test
    @DisplayName("Bad repair sections are refused with the field path: unknown keys and severities, negative or "
            + "non-integer months, a maximum shorter than its minimum")
    void badSections() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("minPublicationMonths", Map.of("SERIOUS", 40, "HUGE", 1));
        bad.put("maxPublicationMonths", Map.of("GENERAL", -1));
        bad.put("cleanMonthsBeforeRepair", "six");
        bad.put("extra", true);
        List<String> p = problems(TenantDocs.set(TenantDocs.valid(), "repair", bad));
        String all = String.join("\n", p);
        assertTrue(all.contains("repair.minPublicationMonths.HUGE"), all);
        assertTrue(all.contains("repair.maxPublicationMonths.GENERAL"), all);
        assertTrue(all.contains("repair.cleanMonthsBeforeRepair"), all);
        assertTrue(all.contains("repair.extra"), all);
        List<String> shorter = problems(TenantDocs.set(TenantDocs.valid(), "repair",
                Map.of("minPublicationMonths", Map.of("SERIOUS", 40))));
        assertEquals(1, shorter.size(), shorter.toString());
        assertTrue(shorter.get(0).contains("shorter than its minimum"), shorter.toString());
    }
}
