package cn.yixin.domain.identifier;

import cn.yixin.domain.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedSocialCreditCodeTest {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Independent of the production table: GB 32100's weights are 3^i mod 31. */
    private static char referenceCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = java.math.BigInteger.valueOf(3).modPow(java.math.BigInteger.valueOf(i), java.math.BigInteger.valueOf(31)).intValue();
            sum += CHARSET.indexOf(first17.charAt(i)) * weight;
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    private static DomainException rejected(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> UnifiedSocialCreditCode.validate("uscc", raw));
        assertEquals("INVALID_USCC", e.code());
        assertEquals(DomainException.Kind.INVALID, e.kind());
        assertEquals("uscc", e.details().get("field"));
        if (raw != null && raw.trim().length() >= 17) {
            String core = raw.trim().toUpperCase().substring(0, 17);
            assertFalse(e.messageEn().contains(core) || e.messageZh().contains(core), "message echoes the code");
        }
        return e;
    }

    @DisplayName("R-2.2: published unified social credit codes are valid")
    @ParameterizedTest(name = "R-2.2: published code {0} is valid")
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", "9144030071526726XG", "91330100716105852F",
            "91110000802100433B"})
    void publishedCodesAreValid(String code) {
        assertEquals(code, UnifiedSocialCreditCode.validate("uscc", code));
        assertEquals(code.charAt(17), referenceCheck(code));
    }

    @Test
    @DisplayName("R-2.2: validate trims and upper-cases")
    void normalizes() {
        assertEquals("9144030071526726XG", UnifiedSocialCreditCode.validate("uscc", "  9144030071526726xg \n"));
    }

    @Test
    @DisplayName("R-2.2: codes built with the reference check are accepted; every other final character is refused")
    void generatedCodes() {
        String[] prefixes = {"91440300MA5F00000", "12100000400000011", "52440000MJL000001", "93350100000000000"};
        for (String prefix : prefixes) {
            char check = referenceCheck(prefix);
            assertEquals(prefix + check, UnifiedSocialCreditCode.validate("uscc", prefix + check));
            for (char c : CHARSET.toCharArray()) {
                if (c != check) {
                    DomainException e = rejected(prefix + c);
                    assertTrue(e.messageEn().contains("check character"), e.messageEn());
                }
            }
        }
    }

    @Test
    @DisplayName("R-2.2: swapping two adjacent different characters is caught by the check character")
    void transpositions() {
        String code = "91350100M000100Y43";
        for (int i = 0; i < 16; i++) {
            if (code.charAt(i) != code.charAt(i + 1)) {
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                rejected(swapped);
            }
        }
    }

    @Test
    @DisplayName("R-2.2: wrong length says how many characters it got")
    void wrongLength() {
        assertTrue(rejected("91350100M000100Y4").messageEn().contains("not 17"));
        assertTrue(rejected("91350100M000100Y433").messageZh().contains("实际为 19 位"));
    }

    @Test
    @DisplayName("R-2.2: a letter GB 32100 excludes (I, O, S, V, Z) is refused with its position")
    void excludedLetters() {
        for (char c : "IOSVZ".toCharArray()) {
            String bad = "91350" + c + "00M000100Y43";
            DomainException e = rejected(bad);
            assertTrue(e.messageEn().contains("position 6"), e.messageEn());
        }
        assertTrue(rejected("91350100M000100Y4-").messageEn().contains("position 18"));
    }

    @Test
    @DisplayName("R-2.2: empty input is refused")
    void empty() {
        rejected(null);
        rejected("   ");
    }

    @Test
    @DisplayName("R-2.2: a unified social credit code is public registration data and is shown as is")
    void maskKeepsPublicCode() {
        assertEquals("91350100M000100Y43", UnifiedSocialCreditCode.mask("91350100M000100Y43"));
    }
}
