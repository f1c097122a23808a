package cn.yixin.domain.exchange;

import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.exchange.InboundRules.IdentifierType;
import cn.yixin.domain.exchange.InboundRules.ItemType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboundRulesTest {

    static String code(Runnable r) {
        return assertThrows(InboundRules.Rejected.class, r::run).code();
    }

    @Test
    @DisplayName("R-3.4: each inbound type has its source, basis kind and categories; anything else is rejected")
    void typesAndCategories() {
        assertEquals(RecordSource.COURT, InboundRules.itemType("COURT_JUDGMENT").source());
        assertEquals(RecordSource.MARKET_REGULATION, InboundRules.itemType("ABNORMAL_LIST").source());
        assertEquals(InfoCategory.JUDICIAL, InboundRules.category(ItemType.ENFORCEMENT, null));
        assertEquals(InfoCategory.OTHER_MISCONDUCT, InboundRules.category(ItemType.DEPARTMENT_PENALTY, "OTHER_MISCONDUCT"));
        assertEquals("UNKNOWN_ITEM_TYPE", code(() -> InboundRules.itemType("court_judgment")));
        assertEquals("UNKNOWN_CATEGORY", code(() -> InboundRules.category(ItemType.COURT_JUDGMENT, "GOSSIP")));
        assertEquals("UNKNOWN_CATEGORY", code(() -> InboundRules.category(ItemType.COURT_JUDGMENT, "HONOUR")));
        assertTrue(RecordSource.PUBLIC_CREDIT_PLATFORM.isExternal() && ItemType.REPAIR_DECISION.isRepair());
    }

    @Test
    @DisplayName("R-2.2: a malformed identifier is rejected without echoing it")
    void identifiers() {
        String valid = "91350100M000100Y43";
        assertEquals(valid, InboundRules.identifier(IdentifierType.USCC, valid));
        InboundRules.Rejected r = assertThrows(InboundRules.Rejected.class,
                () -> InboundRules.identifier(IdentifierType.USCC, "91350100M000100Y44"));
        assertEquals("MALFORMED_IDENTIFIER", r.code());
        assertFalse(r.reason().contains("91350100M000100Y4"), r.reason());
        assertTrue(r.reason().contains(" / "), "Chinese and English");
        assertEquals("MALFORMED_IDENTIFIER", code(() -> InboundRules.identifierType("PASSPORT")));
    }
}
