package cn.yixin.domain.tenant;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test fixtures: the valid tenant document, and path-addressed edits of it. */
final class TenantDocs {

    static final Set<String> CALENDARS = Set.of("cn-mainland");

    private TenantDocs() {
    }

    static String validText() {
        try (InputStream in = TenantDocs.class.getResourceAsStream("/fixtures/tenant-valid.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> valid() {
        return (Map<String, Object>) new Yaml().load(validText());
    }

    static String yaml(Map<String, Object> doc) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(doc);
    }

    /** Sets {@code a.b[2].c}; the parent must exist. */
    static Map<String, Object> set(Map<String, Object> doc, String path, Object value) {
        edit(doc, path, value, false);
        return doc;
    }

    static Map<String, Object> remove(Map<String, Object> doc, String path) {
        edit(doc, path, null, true);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static void edit(Map<String, Object> doc, String path, Object value, boolean remove) {
        String[] parts = path.replace("[", ".[").split("\\.");
        Object node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.startsWith("[")) {
            List<Object> list = (List<Object>) node;
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            if (remove) {
                list.remove(index);
            } else {
                list.set(index, value);
            }
        } else if (remove) {
            ((Map<String, Object>) node).remove(last);
        } else {
            ((Map<String, Object>) node).put(last, value);
        }
    }

    private static Object step(Object node, String part) {
        if (part.startsWith("[")) {
            return ((List<?>) node).get(Integer.parseInt(part.substring(1, part.length() - 1)));
        }
        return ((Map<?, ?>) node).get(part);
    }
}
