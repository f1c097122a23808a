package cn.yixin.api.pii;

import cn.yixin.domain.subject.ProtectedIdentifier;
import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * Keeps personal identifiers out of storage in clear: a keyed HMAC-SHA256 for lookup (a leaked table
 * cannot be reversed by hashing every possible ID number without the key) and AES-256-GCM sealing for the copy
 * returned to its owner. The tenant id is mixed into both, so the same person in two regions cannot be joined
 * across tenants from the table alone. Keys come from a {@link PiiKeySource} (in the cloud: the stack's secret, read
 * at start); there is deliberately no built-in default outside the local and test environments.
 */
@Singleton
public class IdentifierProtector {

    private static final int IV_BYTES = 12;

    private final PiiKeySource source;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] lookupKey;
    private volatile SecretKeySpec sealingKey;

    public IdentifierProtector(PiiKeySource source) {
        this.source = source;
    }

    /** The keys on first use: a function the stack gave no PII rights fails here, not at start. */
    private void load() {
        if (sealingKey == null) {
            PiiKeys keys = source.keys();
            lookupKey = keys.lookup();
            sealingKey = new SecretKeySpec(keys.sealing(), "AES");
        }
    }

    public ProtectedIdentifier protect(String tenantId, String normalized, UnaryOperator<String> mask) {
        return new ProtectedIdentifier(lookupHash(tenantId, normalized), seal(tenantId, normalized),
                mask.apply(normalized));
    }

    public String lookupHash(String tenantId, String normalized) {
        load();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(lookupKey, "HmacSHA256"));
            mac.update(tenantId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public String seal(String tenantId, String clear) {
        load();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(128, iv));
            c.updateAAD(tenantId.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String unseal(String tenantId, String sealed) {
        load();
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
            c.updateAAD(tenantId.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed identifier does not open with this tenant's key", e);
        }
    }
}
