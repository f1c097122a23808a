package cn.yixin.domain.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A consent's token (004 §21): {@code C<tenant>.<256 bits, base64url>}, a keyed hash of the consent's id
 * ({@link #of}; {@link #next} is random). Opaque to its holder, shown once;
 * the store keeps only its SHA-256 (a plain digest suffices: the token has 256 bits of entropy, nothing to guess).
 * The tenant in it says where to look, as a report code does.
 */
public final class ConsentToken {

    private static final Pattern FORMAT = Pattern.compile("C([0-9]{6})\\.[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsentToken() {
    }

    public static String next(String tenantId) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "C" + tenantId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A token from a secret of 64 hex digits (a keyed hash of the consent's id): recomputed, never stored. */
    public static String of(String tenantId, String hexSecret) {
        return "C" + tenantId + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HexFormat.of().parseHex(hexSecret.substring(0, 64)));
    }

    public static Optional<String> tenantOf(String token) {
        if (token == null || token.length() > 60) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(token);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
