package cn.yixin.api.testing;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** What the handler answered, with the body readable as JSON. */
public record Response(int status, Map<String, String> headers, String body, JsonMapper json, boolean base64) {

    public Response(int status, Map<String, String> headers, String body, JsonMapper json) {
        this(status, headers, body, json, false);
    }

    /**
     * The body as bytes (binary answers come base64-encoded in the API Gateway response; Micronaut writes MIME
     * base64, lines of 76, which API Gateway decodes, so the MIME decoder here).
     */
    public byte[] bytes() {
        return base64 ? java.util.Base64.getMimeDecoder().decode(body)
                : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON object: " + body, e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Object> list() {
        try {
            return json.readValue(body, io.micronaut.core.type.Argument.listOf(Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON array: " + body, e);
        }
    }

    /** Reads a dotted path like {@code subject.grade.grade} or {@code items.0.subjectId}. */
    @SuppressWarnings("unchecked")
    public Object at(String path) {
        Object cur = body.trim().startsWith("[") ? list() : map();
        for (String part : path.split("\\.")) {
            if (cur instanceof Map<?, ?> m) {
                cur = m.get(part);
            } else if (cur instanceof List<?> l) {
                cur = l.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return cur;
    }

    public String str(String path) {
        Object v = at(path);
        return v == null ? null : v.toString();
    }

    public String header(String name) {
        for (var e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
