package cn.yixin.domain.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing wrong with a configuration file, located precisely enough that an operator can fix it without
 * reading code: {@code tenants/440300.yaml: schemes.institution.grades[2].min}.
 */
public record ConfigProblem(String location, String message) {

    /** The shape the HTTP layer renders; plain maps so the domain need not know about JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("location", location);
        map.put("message", message);
        return map;
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
