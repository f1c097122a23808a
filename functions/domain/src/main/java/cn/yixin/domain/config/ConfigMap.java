package cn.yixin.domain.config;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typed, strict access to one mapping of a parsed document. Each getter records a problem and returns null
 * instead of throwing, so that reading carries on and every problem of a file is reported together. Keys that
 * no getter asked for are the unknown keys {@link #rejectUnknownKeys()} reports.
 */
public final class ConfigMap {

    private final ConfigReader reader;
    private final String path;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();

    ConfigMap(ConfigReader reader, String path, Map<?, ?> raw) {
        this.reader = reader;
        this.path = path;
        raw.forEach((k, v) -> {
            if (k instanceof String key) {
                values.put(key, v);
            } else {
                reader.problem(path, "key " + k + " must be text");
            }
        });
    }

    public String path() {
        return path;
    }

    public String pathOf(String key) {
        return ConfigReader.child(path, key);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    /** The raw value, marking the key as known. */
    public Object raw(String key) {
        seen.add(key);
        return values.get(key);
    }

    public void problem(String key, String message) {
        reader.problem(key == null ? path : pathOf(key), message);
    }

    public String string(String key, boolean required) {
        Object v = present(key, required);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            problem(key, "must be non-empty text" + got(v));
            return null;
        }
        return s.trim();
    }

    public Integer integer(String key, boolean required) {
        Object v = present(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long || v instanceof BigInteger) {
            problem(key, "must be a whole number within ±2147483647" + got(v));
            return null;
        }
        problem(key, "must be a whole number" + got(v));
        return null;
    }

    public Double number(String key, boolean required) {
        Object v = present(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && !(v instanceof BigInteger)) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        problem(key, "must be a number" + got(v));
        return null;
    }

    public Boolean bool(String key, boolean required) {
        Object v = present(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        problem(key, "must be true or false" + got(v));
        return null;
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        Object v = present(key, required);
        return v == null ? null : ConfigMap.toEnum(reader, pathOf(key), v, type);
    }

    /** The list under {@code key}, or null (with a problem when it is required or not a list). */
    public List<?> list(String key, boolean required) {
        Object v = present(key, required);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> l) {
            return l;
        }
        problem(key, "must be a list" + got(v));
        return null;
    }

    /** The nested mapping under {@code key}, or null (with a problem when it is required or not a mapping). */
    /**
     * A required, non-empty list of enum values under {@code key} (e.g. the subject kinds a rule watches), each one
     * {@code allowed}; every bad entry is reported at its own path ("… is not enabled under subjectKinds"), and only the
     * good ones are returned.
     */
    public <E extends Enum<E>> java.util.Set<E> allowedValues(String key, Class<E> type, String what,
                                                              java.util.function.Predicate<E> allowed,
                                                              String notAllowed) {
        java.util.Set<E> out = new java.util.LinkedHashSet<>();
        List<?> raw = list(key, true);
        if (raw != null && raw.isEmpty()) {
            problem(key, "must name at least one " + what);
        }
        for (int i = 0; raw != null && i < raw.size(); i++) {
            String entryPath = ConfigReader.index(pathOf(key), i);
            E value = toEnum(reader, entryPath, raw.get(i), type);
            if (value != null && !allowed.test(value)) {
                reader.problem(entryPath, value + " " + notAllowed);
            } else if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    public ConfigMap map(String key, boolean required) {
        Object v = present(key, required);
        if (v == null) {
            return null;
        }
        return reader.map(pathOf(key), v);
    }

    /** Reports a key that may not appear here, and why; it then does not count as unknown. */
    public void forbid(String key, String why) {
        if (values.containsKey(key)) {
            seen.add(key);
            problem(key, "not allowed: " + why);
        }
    }

    public void rejectUnknownKeys() {
        for (String key : values.keySet()) {
            if (!seen.contains(key)) {
                problem(key, "unknown key");
            }
        }
    }

    private Object present(String key, boolean required) {
        seen.add(key);
        Object v = values.get(key);
        if (v == null && required) {
            problem(key, values.containsKey(key) ? "required, but has no value" : "required");
        }
        return v;
    }

    /** Converts one scalar to an enum constant, recording a problem that lists the allowed values. */
    public static <E extends Enum<E>> E toEnum(ConfigReader reader, String path, Object v, Class<E> type) {
        if (v instanceof String s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s.trim())) {
                    return e;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        reader.problem(path, "must be one of " + allowed + got(v));
        return null;
    }

    static String got(Object v) {
        if (v == null) {
            return " (got nothing)";
        }
        if (v instanceof Map<?, ?>) {
            return " (got a mapping)";
        }
        if (v instanceof List<?>) {
            return " (got a list)";
        }
        String text = String.valueOf(v);
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…";
        }
        return v instanceof String ? " (got '" + text + "')" : " (got " + text + ")";
    }
}
