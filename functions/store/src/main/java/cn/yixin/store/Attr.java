package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small, null-tolerant conversions between Java values and DynamoDB attribute values. */
final class Attr {

    private Attr() {
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }

    static AttributeValue bool(boolean v) {
        return AttributeValue.fromBool(v);
    }

    /** Builds an item leaving out null values (DynamoDB has no use for them and they cost bytes). */
    static final class Item {
        private final Map<String, AttributeValue> map = new HashMap<>();

        Item put(String name, String v) {
            if (v != null) {
                map.put(name, s(v));
            }
            return this;
        }

        Item put(String name, Long v) {
            if (v != null) {
                map.put(name, n(v));
            }
            return this;
        }

        Item put(String name, Integer v) {
            if (v != null) {
                map.put(name, n(v));
            }
            return this;
        }

        Item put(String name, boolean v) {
            map.put(name, bool(v));
            return this;
        }

        Item put(String name, Instant v) {
            return put(name, v == null ? null : v.toString());
        }

        Item put(String name, LocalDate v) {
            return put(name, v == null ? null : v.toString());
        }

        Item put(String name, Enum<?> v) {
            return put(name, v == null ? null : v.name());
        }

        Item put(String name, AttributeValue v) {
            if (v != null) {
                map.put(name, v);
            }
            return this;
        }

        Item putList(String name, List<AttributeValue> v) {
            if (v != null) {
                map.put(name, AttributeValue.fromL(v));
            }
            return this;
        }

        Map<String, AttributeValue> build() {
            return Map.copyOf(map);
        }
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static Long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : Long.parseLong(v.n());
    }

    static Integer int32(Map<String, AttributeValue> item, String name) {
        Long v = num(item, name);
        return v == null ? null : Math.toIntExact(v);
    }

    static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    static Instant instant(Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null ? null : Instant.parse(v);
    }

    static LocalDate date(Map<String, AttributeValue> item, String name) {
        String v = str(item, name);
        return v == null ? null : LocalDate.parse(v);
    }

    static <E extends Enum<E>> E enumOf(Map<String, AttributeValue> item, String name, Class<E> type) {
        String v = str(item, name);
        return v == null ? null : Enum.valueOf(type, v);
    }

    static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasL() ? List.of() : v.l();
    }
}
