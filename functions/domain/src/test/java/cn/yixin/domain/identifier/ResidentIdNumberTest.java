package cn.yixin.domain.identifier;

import cn.yixin.domain.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    /** ISO 7064 MOD 11-2 as GB 11643 states it: weights 2^(17-i) mod 11, check (12 - sum mod 11) mod 11, 10 is X. */
    private static char referenceCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = 1;
            for (int k = 0; k < 17 - i; k++) {
                weight = weight * 2 % 11;
            }
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static DomainException rejected(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> ResidentIdNumber.validate("idNumber", raw));
        assertEquals("INVALID_RESIDENT_ID", e.code());
        assertEquals("idNumber", e.details().get("field"));
        if (raw != null && raw.length() >= 14) {
            // personal information never appears in a message, not even most of it.
            String core = raw.trim().substring(0, 14);
            assertFalse(e.messageEn().contains(core) || e.messageZh().contains(core), "message echoes the number");
            assertFalse(e.getMessage().contains(core));
        }
        return e;
    }

    @DisplayName("R-2.2: published GB 11643 examples are valid")
    @ParameterizedTest(name = "R-2.2: published example {0} is valid")
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "11010119900307803X", "110101199003074477"})
    void publishedExamplesAreValid(String id) {
        assertEquals(id, ResidentIdNumber.validate("idNumber", id));
        assertEquals(id.charAt(17), referenceCheck(id.substring(0, 17)));
    }

    @Test
    @DisplayName("R-2.2: a lower-case x check character and surrounding spaces are normalized")
    void normalizes() {
        assertEquals("11010519491231002X", ResidentIdNumber.validate("idNumber", " 11010519491231002x "));
    }

    @Test
    @DisplayName("R-2.2: every wrong check character is refused as a check-character error")
    void wrongCheck() {
        String first17 = "11010519491231002";
        for (char c : "0123456789X".toCharArray()) {
            if (c != referenceCheck(first17)) {
                assertTrue(rejected(first17 + c).messageEn().contains("check character"));
            }
        }
    }

    @Test
    @DisplayName("R-2.2: a single changed digit anywhere is caught")
    void singleDigitErrors() {
        String id = "440524188001010014";
        for (int i = 0; i < 17; i++) {
            char replacement = id.charAt(i) == '9' ? '8' : (char) (id.charAt(i) + 1);
            String changed = id.substring(0, i) + replacement + id.substring(i + 1);
            rejected(changed);
        }
    }

    @Test
    @DisplayName("R-2.2: an impossible birth date is refused even with a correct check character")
    void badBirthDate() {
        for (String first17 : new String[]{"11010519490230002", "11010519491301002", "11010519000229002"}) {
            String id = first17 + referenceCheck(first17);
            assertTrue(rejected(id).messageEn().contains("date of birth"), id);
        }
        // 2000 is a leap year: 29 February exists.
        String leap = "11010520000229002";
        assertEquals(leap + referenceCheck(leap), ResidentIdNumber.validate("idNumber", leap + referenceCheck(leap)));
    }

    @Test
    @DisplayName("R-2.2: wrong length, a non-digit body or a bad last character say what is wrong")
    void shape() {
        assertTrue(rejected("1101051949123100").messageEn().contains("not 16"));
        assertTrue(rejected("1101A519491231002X").messageEn().contains("position 5"));
        assertTrue(rejected("11010519491231002Y").messageEn().contains("end in a digit or X"));
        assertTrue(rejected("X10105194912310021").messageEn().contains("position 1"));
        rejected(null);
        rejected("");
    }

    @Test
    @DisplayName("R-2.2: mask keeps the first 3 and last 2 characters and hides the rest one for one")
    void mask() {
        assertEquals("110*************2X", ResidentIdNumber.mask("11010519491231002X"));
        assertEquals(18, ResidentIdNumber.mask("440524188001010014").length());
        assertEquals("440*************14", ResidentIdNumber.mask("440524188001010014"));
        assertEquals("****", ResidentIdNumber.mask("1234"));
        assertNull(ResidentIdNumber.mask(null));
    }
}
