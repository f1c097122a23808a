package cn.yixin.store;

import cn.yixin.domain.DomainException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Opaque pagination cursor over the kind/grade index. Decoding checks that the cursor belongs to the query being
 * continued, so a cursor from another tenant or kind is a bad request, not a way in.
 */
final class Cursor {

    private static final char SEP = '\u001f';

    /** A cursor this store writes is four keys in base64url, well under this. */
    static final int MAX_LENGTH = 2048;

    private Cursor() {
    }

    /** {@code T#<tenant>#} of an index key: a cursor's table key must be under the same tenant. */
    private static String tenantPrefix(String gsiPk) {
        int second = gsiPk.indexOf('#', 2);
        return second < 0 ? gsiPk : gsiPk.substring(0, second + 1);
    }

    static String encode(Map<String, AttributeValue> key) {
        String raw = String.join(String.valueOf(SEP), key.get(YixinTable.PK).s(), key.get(YixinTable.SK).s(),
                key.get(YixinTable.GSI1_PK).s(), key.get(YixinTable.GSI1_SK).s());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, AttributeValue> decode(String cursor, String expectedGsiPk) {
        try {
            String raw = cursor == null || cursor.length() > MAX_LENGTH ? ""
                    : new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEP), -1);
            // Every part must be a key DynamoDB accepts: an empty or oversized one would fail there as a 500.
            if (parts.length == 4 && parts[2].equals(expectedGsiPk) && parts[0].startsWith(tenantPrefix(expectedGsiPk))
                    && java.util.Arrays.stream(parts).allMatch(x -> !x.isEmpty() && x.length() <= 1024)) {
                return Map.of(YixinTable.PK, Attr.s(parts[0]), YixinTable.SK, Attr.s(parts[1]),
                        YixinTable.GSI1_PK, Attr.s(parts[2]), YixinTable.GSI1_SK, Attr.s(parts[3]));
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the same answer as a cursor of another query
        }
        throw DomainException.invalidField("cursor", "INVALID_CURSOR",
                "分页游标无效或不属于本查询，请从第一页重新查询。",
                "The page cursor is invalid or belongs to another query; start again from the first page.");
    }
}
