package cn.yixin.domain.tenant;

import java.util.List;
import java.util.Optional;

/**
 * The grades of one scheme, best first. For scored schemes each grade but the last has an inclusive
 * minimum score; the last catches everything below.
 */
public final class GradeScale {

    private final List<GradeBand> bands;

    public GradeScale(List<GradeBand> bestFirst) {
        if (bestFirst.isEmpty()) {
            throw new IllegalArgumentException("a grade scale needs at least one grade");
        }
        this.bands = List.copyOf(bestFirst);
    }

    public List<GradeBand> bands() {
        return bands;
    }

    public List<String> grades() {
        return bands.stream().map(GradeBand::grade).toList();
    }

    /** The grade assigns to a subject on the serious-dishonesty list. */
    public GradeBand lowestGrade() {
        return bands.get(bands.size() - 1);
    }

    public boolean contains(String grade) {
        return find(grade).isPresent();
    }

    public Optional<GradeBand> find(String grade) {
        return bands.stream().filter(b -> b.grade().equals(grade)).findFirst();
    }

    /** The first band whose minimum the score reaches; the last band has none and takes every lower score. */
    public GradeBand gradeFor(int score) {
        for (GradeBand band : bands) {
            if (band.min() == null || score >= band.min()) {
                return band;
            }
        }
        throw new IllegalStateException("grade scale " + grades() + " has no band without a minimum for score " + score);
    }
}
