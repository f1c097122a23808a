package cn.yixin.domain.measure;

import cn.yixin.domain.scoring.Contribution;
import cn.yixin.domain.subject.Standing;

import java.util.List;

/**
 * What a measure trigger reads from a subject's standing (issue 13 "Application"): its grade, whether it is on the
 * serious-dishonesty list (a listing record in effect), and whether a dishonest act counts in the period (004 §25:
 * "不存在失信行为" read as a counted record that costs points or is counted as a general or serious act, or a
 * listing).
 */
public record SubjectMeasureState(String grade, boolean listed, boolean dishonestActInPeriod, int configVersion) {

    private static final List<String> NOT_COUNTING = List.of(Contribution.VOIDED, Contribution.SUPERSEDED,
            Contribution.NOT_IN_EFFECT);

    public static SubjectMeasureState of(Standing s) {
        boolean listed = false;
        boolean act = false;
        for (Standing.Line line : s.explanation()) {
            String note = line.note() == null ? "" : line.note();
            if (NOT_COUNTING.contains(note)) {
                continue;
            }
            if (note.endsWith(Contribution.LISTED_SUFFIX)) {
                listed = true;
            }
            if (line.points() < 0 || note.startsWith(Contribution.COUNTED_GENERAL)
                    || note.startsWith(Contribution.COUNTED_SERIOUS)) {
                act = true;
            }
        }
        return new SubjectMeasureState(s.grade(), listed, act || listed, s.configVersion());
    }

    /** The reason in Chinese why {@code m} holds for this state (004 §22: the subject is told why). */
    public String reasonZh(Measure m) {
        if (m.trigger().listed()) {
            return "已列入严重失信主体名单，依据" + m.basis() + "实施" + m.type().nameZh() + "。";
        }
        return "信用等级为" + grade + "级" + (m.trigger().noDishonestActInPeriod() ? "且评价期内不存在失信行为" : "")
                + "，依据" + m.basis() + "实施" + m.type().nameZh() + "。";
    }

    public String reasonEn(Measure m) {
        if (m.trigger().listed()) {
            return "On the serious-dishonesty list; " + m.type().name().toLowerCase() + " under " + m.basis() + ".";
        }
        return "Grade " + grade + (m.trigger().noDishonestActInPeriod() ? " with no dishonest act in the period" : "")
                + "; " + m.type().name().toLowerCase() + " under " + m.basis() + ".";
    }
}
