package cn.yixin.api.pii;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The two keys that protect personal identifiers: the HMAC key for lookup hashes and the AES-256 key that
 * seals the copy shown to the owner. 32 bytes each. Never logged; {@link #toString()} says nothing.
 */
public final class PiiKeys {

    static final String LOOKUP_INFO = "yixin/pii/lookup-key/v1";
    static final String SEALING_INFO = "yixin/pii/sealing-key/v1";

    private final byte[] lookup;
    private final byte[] sealing;

    private PiiKeys(byte[] lookup, byte[] sealing) {
        this.lookup = lookup;
        this.sealing = sealing;
    }

    /** Two base64 keys of 32 bytes (configuration, or explicit keys in the secret); {@code names} for the message. */
    public static PiiKeys fromBase64(String lookupBase64, String sealingBase64, String lookupName, String sealingName) {
        return new PiiKeys(decode(lookupName, lookupBase64), decode(sealingName, sealingBase64));
    }

    /**
     * Both keys derived from one generated secret string (HKDF-SHA256, RFC 5869, no salt, one info per key): what the
     * stack's Secrets Manager secret holds, since CloudFormation generates one random string per secret.
     */
    public static PiiKeys fromSeed(String seed) {
        if (seed == null || seed.length() < 32) {
            throw new IllegalStateException("the PII secret's seed must have at least 32 characters");
        }
        byte[] prk = hmac(new byte[32], seed.getBytes(StandardCharsets.UTF_8));
        return new PiiKeys(expand(prk, LOOKUP_INFO), expand(prk, SEALING_INFO));
    }

    byte[] lookup() {
        return lookup.clone();
    }

    byte[] sealing() {
        return sealing.clone();
    }

    /** HKDF-Expand for one block of output (32 bytes): T(1) = HMAC(PRK, info || 0x01). */
    private static byte[] expand(byte[] prk, String info) {
        byte[] in = Arrays.copyOf(info.getBytes(StandardCharsets.UTF_8), info.length() + 1);
        in[in.length - 1] = 1;
        return hmac(prk, in);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] decode(String name, String base64) {
        if (base64 == null) {
            throw new IllegalStateException(name + " is not set");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes, base64-encoded");
        }
        return key;
    }

    @Override
    public String toString() {
        return "PiiKeys[redacted]";
    }
}
