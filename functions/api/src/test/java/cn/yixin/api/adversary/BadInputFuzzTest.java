package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.testing.Response;
import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 items 6–8: a bounded fuzzer over every operation of the catalog. From each scenario's valid call it makes
 * bad ones — every JSON field given the wrong type, an impossible or absurd date, a one-item array for a scalar, an
 * unknown field; the body with trailing garbage, two values, the wrong shape; every path id too long, of the wrong
 * alphabet or in full-width digits; bad Idempotency-Key, If-Match and X-File-Name headers — and asks of each answer
 * what {@link Verdicts#refused} asks: a 4xx problem with a stable code, and nothing written. None may be a 5xx, a
 * non-problem answer, a partial write or accepted nonsense. {@code -Dyixin.fuzz.rounds=N} adds N seeded random
 * mutations per operation for a longer run on request.
 */
class BadInputFuzzTest {

    @org.junit.jupiter.api.AfterAll
    static void report() {
        Verdicts.print(BadInputFuzzTest.class);
    }


    static final int EXTRA_ROUNDS = Integer.getInteger("yixin.fuzz.rounds", 0);
    static int total;

    @TestFactory
    @DisplayName("Issue 10.6–10.8: every bad input to every operation is a 4xx problem and writes nothing")
    Stream<DynamicTest> everyOperation() {
        World w = World.get();
        return OperationCatalog.ALL.stream().map(op -> DynamicTest.dynamicTest(op.name(), () -> fuzz(w, op)));
    }

    private void fuzz(World w, OperationCatalog.Operation op) {
        Call valid = w.fresh(op.name());
        Verdicts v = new Verdicts();
        for (var bad : mutations(w, valid)) {
            Response r = bad.call.header("Idempotency-Key", bad.keepKey ? bad.call.headers().get("Idempotency-Key")
                    : w.key("fuzz")).send(w.api);
            v.refused(bad.what + " on " + valid, r);
        }
        total += v.requests();
        v.tally(getClass());
        assertTrue(v.failures().isEmpty(), () -> op.name() + ": " + v.report());
    }

    private record Bad(String what, Call call, boolean keepKey) {
        Bad(String what, Call call) {
            this(what, call, false);
        }
    }

    static List<Bad> mutations(World w, Call valid) {
        List<Bad> out = new ArrayList<>();
        pathMutations(valid, out);
        headerMutations(valid, out);
        if ("application/json".equals(valid.contentType()) && valid.body() != null && valid.body().startsWith("{")) {
            bodyMutations(w, valid, out);
        }
        return out;
    }

    private static void pathMutations(Call valid, List<Bad> out) {
        String path = valid.path();
        String q = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        String bare = q.isEmpty() ? path : path.substring(0, path.indexOf('?'));
        String[] segments = bare.split("/");
        String[] templ = valid.op().path().split("/");
        for (int i = 0; i < templ.length && i < segments.length; i++) {
            if (!templ[i].startsWith("{")) {
                continue;
            }
            String name = templ[i];
            for (var bad : Map.of(
                    "a 4,000-character id", "S" + "0".repeat(3999),
                    "an id of the wrong alphabet", "S%3Cscript%3E",
                    "full-width digits", "２０２５",
                    "an encoded slash", "S123%2F..%2F..",
                    "a NUL byte", "S123%00",
                    "a bad percent escape", "S%E0%A4%A",
                    "an identifier where an id belongs", "110105194912310021").entrySet()) {
                String[] copy = segments.clone();
                copy[i] = bad.getValue();
                out.add(new Bad(name + " as " + bad.getKey(), valid.at(String.join("/", copy) + q)));
            }
        }
        if (valid.op().path().equals("/subjects") && valid.op().method().equals("GET")) {
            out.add(new Bad("a cursor with empty parts", valid.at(bare + "?kind=DESIGNATED_HOSPITAL&cursor=..")));
            out.add(new Bad("a cursor of garbage", valid.at(bare + "?kind=DESIGNATED_HOSPITAL&cursor=%FF%FE")));
            out.add(new Bad("a limit that is not a number", valid.at(bare + "?kind=DESIGNATED_HOSPITAL&limit=ten")));
            out.add(new Bad("a limit of 10^20", valid.at(bare + "?kind=DESIGNATED_HOSPITAL&limit=100000000000000000000")));
        }
    }

    private static void headerMutations(Call valid, List<Bad> out) {
        if (valid.op().method().equals("GET")) {
            return;
        }
        out.add(new Bad("an Idempotency-Key with spaces", valid.header("Idempotency-Key", "not a key"), true));
        out.add(new Bad("an Idempotency-Key of 500 characters", valid.header("Idempotency-Key", "k".repeat(500)), true));
        out.add(new Bad("an Idempotency-Key of Chinese characters", valid.header("Idempotency-Key", "幂等键幂等键幂等键"), true));
        if (valid.headers().containsKey("If-Match")) {
            out.add(new Bad("If-Match not a number", valid.header("If-Match", "latest")));
            out.add(new Bad("If-Match of 10^20", valid.header("If-Match", "100000000000000000000")));
        }
        if (valid.headers().containsKey("X-File-Name")) {
            out.add(new Bad("X-File-Name with a bad percent escape", valid.header("X-File-Name", "%E4%B8%AD%ZZ.pdf")));
            out.add(new Bad("X-File-Name with a path", valid.header("X-File-Name", "../../etc/passwd")));
            out.add(new Bad("X-File-Name of 1,000 characters", valid.header("X-File-Name", "a".repeat(1000) + ".pdf")));
        }
    }

    private static void bodyMutations(World w, Call valid, List<Bad> out) {
        String body = valid.body();
        out.add(new Bad("trailing garbage after the JSON", valid.json(body + " x")));
        out.add(new Bad("two JSON values", valid.json(body + body)));
        out.add(new Bad("the object inside an array", valid.json("[" + body + "]")));
        out.add(new Bad("an empty body", valid.json("")));
        out.add(new Bad("null", valid.json("null")));
        out.add(new Bad("a bare string", valid.json("\"x\"")));
        out.add(new Bad("not JSON", valid.json("{kind:DESIGNATED_HOSPITAL")));
        out.add(new Bad("an unknown field", valid.json(body.replaceFirst("\\{", "{\"unexpected\":1,"))));
        Map<String, Object> fields = parse(w, body);
        for (var field : fields.entrySet()) {
            for (var bad : badValues(field.getValue()).entrySet()) {
                Map<String, Object> copy = new LinkedHashMap<>(fields);
                copy.put(field.getKey(), bad.getValue());
                out.add(new Bad(field.getKey() + " as " + bad.getKey(), valid.json(w.toJson(copy))));
            }
            if (field.getValue() instanceof Map<?, ?> nested) {
                for (var inner : nested.entrySet()) {
                    for (var bad : badValues(inner.getValue()).entrySet()) {
                        Map<String, Object> innerCopy = new LinkedHashMap<>();
                        nested.forEach((k, val) -> innerCopy.put(String.valueOf(k), val));
                        innerCopy.put(String.valueOf(inner.getKey()), bad.getValue());
                        Map<String, Object> copy = new LinkedHashMap<>(fields);
                        copy.put(field.getKey(), innerCopy);
                        out.add(new Bad(field.getKey() + "." + inner.getKey() + " as " + bad.getKey(),
                                valid.json(w.toJson(copy))));
                    }
                }
            }
        }
        Random random = new Random(20261201L ^ valid.op().name().hashCode());
        // Only fields that have nonsense of their shape (a nested object's own fields are varied above).
        List<String> keys = new ArrayList<>(fields.keySet().stream().filter(k -> !badValues(fields.get(k)).isEmpty()).toList());
        for (int i = 0; i < EXTRA_ROUNDS && !keys.isEmpty(); i++) {
            Map<String, Object> copy = new LinkedHashMap<>(fields);
            String k = keys.get(random.nextInt(keys.size()));
            List<Object> values = new ArrayList<>(badValues(copy.get(k)).values());
            copy.put(k, values.get(random.nextInt(values.size())));
            out.add(new Bad("random " + i + ": " + k, valid.json(w.toJson(copy))));
        }
    }

    /** Nonsense for a value of this shape: each must be refused, never read as something else. */
    static Map<String, Object> badValues(Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (value instanceof String s) {
            m.put("a number", 1.5);
            m.put("a boolean", true);
            m.put("a one-item array", List.of(s));
            m.put("an object", Map.of("value", s));
            m.put("100,000 characters", "字".repeat(100_000));
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                m.put("a basic-format date 20270301", "20270301");
                m.put("the number 0", 0);
                m.put("year 0000", "0000-03-01");
                m.put("year -2026", "-2026-03-01");
                m.put("year +99999", "+99999-03-01");
                m.put("February 30", "2026-02-30");
                m.put("a date-time", s + "T00:00:00Z");
                m.put("an unpadded date", "2026-3-1");
            } else if (s.matches("[A-Z][A-Z_]+")) {
                m.put("an unknown value", "NOT_A_VALUE");
                m.put("the value in lower case", s.toLowerCase());
            }
        } else if (value instanceof Boolean b) {
            m.put("an empty string", "");
            m.put("the string \"true\"", "true");
            m.put("the number 1", 1);
            m.put("a one-item array", List.of(b));
        } else if (value instanceof Number n) {
            m.put("a string", String.valueOf(n));
            m.put("a boolean", true);
            m.put("a number beyond Long.MAX_VALUE", new java.math.BigInteger("92233720368547758070"));
            m.put("a fraction", 1.5);
            m.put("a one-item array", List.of(n));
        } else if (value instanceof List<?> l) {
            m.put("a string", "x");
            m.put("an object", Map.of());
            m.put("10,000 items", java.util.Collections.nCopies(10_000, l.isEmpty() ? "A1" : l.get(0)));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(World w, String body) {
        try {
            return w.json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
