package cn.yixin.domain.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem found while reading one configuration source, so that an operator fixes a file in one
 * pass instead of one error per upload. Paths are relative to the document root ({@code timelines.correctionDays});
 * the location a problem carries is {@code <source>: <path>}.
 */
public final class ConfigReader {

    private final String source;
    private final List<ConfigProblem> problems = new ArrayList<>();

    public ConfigReader(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public void problem(String path, String message) {
        String where = path == null || path.isEmpty() ? "(document)" : path;
        problems.add(new ConfigProblem(source + ": " + where, message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<ConfigProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** A view of {@code value} as a mapping; if it is not one, the problem is recorded and the view is empty. */
    public ConfigMap map(String path, Object value) {
        if (value instanceof Map<?, ?> raw) {
            return new ConfigMap(this, path, raw);
        }
        problem(path, "must be a mapping of keys to values" + ConfigMap.got(value));
        return new ConfigMap(this, path, Map.of());
    }

    public static String child(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
