package cn.yixin.domain.tenant;

import cn.yixin.domain.InfoCategory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one group of subject kinds is scored and graded. Scored methods use base/min/max,
 * weights (POINTS only), items and grades; SEVERITY_COUNT uses windowMonths, classes and order. Fields a method
 * does not use are null or empty.
 *
 * @param code the key under {@code schemes:} in the tenant file
 */
public record Scheme(String code, ScoringMethod method, Integer base, Integer min, Integer max,
                     Map<InfoCategory, Double> weights, List<IndicatorItem> items, List<GradeBand> grades,
                     Integer windowMonths, List<ClassRule> classes, List<String> order) {

    public Scheme {
        weights = weights == null || weights.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(weights));
        items = items == null ? List.of() : List.copyOf(items);
        grades = grades == null ? List.of() : List.copyOf(grades);
        classes = classes == null ? List.of() : List.copyOf(classes);
        order = order == null ? List.of() : List.copyOf(order);
    }

    /** The category's multiplier; 1.0 when the scheme gives none. */
    public double weightOf(InfoCategory category) {
        return weights.getOrDefault(category, 1.0);
    }

    public Optional<IndicatorItem> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    /** Grades best first: the bands of a scored scheme, or {@code order} named from the classes of a severity-count one. */
    public GradeScale gradeScale() {
        if (method.isScored()) {
            return new GradeScale(grades);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (ClassRule rule : classes) {
            names.putIfAbsent(rule.grade(), rule.name());
        }
        List<GradeBand> bands = new ArrayList<>();
        for (String grade : order) {
            bands.add(new GradeBand(grade, names.get(grade), null));
        }
        return new GradeScale(bands);
    }
}
