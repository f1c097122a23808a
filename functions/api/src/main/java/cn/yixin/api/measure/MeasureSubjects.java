package cn.yixin.api.measure;

import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.measure.Measure;
import cn.yixin.domain.measure.SubjectMeasureState;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.SubjectStandings;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/**
 * Who is under a measure now (issue 13 "Application": a bureau lists who is under a measure, R-7.2, R-7.3): every
 * subject of the measure's kinds whose live standing triggers it, each with its grade, configuration version and
 * the reason (004 §22). Derived on read like {@link SubjectMeasures}: the same standing, the same trigger.
 */
@Singleton
public class MeasureSubjects {

    @Serdeable
    public record Entry(String subjectId, String kind, String displayName, String grade, int configVersion,
                        String reasonZh, String reasonEn) {
    }

    @Serdeable
    public record Under(MeasureView measure, int count, List<Entry> subjects) {
    }

    private final SubjectStandings standings;
    private final MeasuresInForce measures;

    public MeasureSubjects(SubjectStandings standings, MeasuresInForce measures) {
        this.standings = standings;
        this.measures = measures;
    }

    public Under of(Caller caller, String code) {
        MeasuresInForce.Published p = measures.of(caller.tenant()).stream()
                .filter(x -> x.measure().code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("MEASURE_NOT_FOUND",
                        "本地区施行的措施清单中没有该措施。", "No measure with this code is in force in this region."));
        Measure m = p.measure();
        List<Entry> under = standings.ofKinds(caller.tenant(), m.subjectKinds().stream().sorted().toList()).stream()
                .map(s -> new Object[]{s, SubjectMeasureState.of(s.standing())})
                .filter(x -> holds(m, (Subject) x[0], (SubjectMeasureState) x[1]))
                .map(x -> {
                    Subject s = (Subject) x[0];
                    SubjectMeasureState st = (SubjectMeasureState) x[1];
                    return new Entry(s.id(), s.kind().name(), s.displayName(), st.grade(), st.configVersion(),
                            st.reasonZh(m), st.reasonEn(m));
                })
                .sorted(Comparator.comparing(Entry::subjectId)).toList();
        return new Under(MeasureView.of(p), under.size(), under);
    }

    private static boolean holds(Measure m, Subject s, SubjectMeasureState st) {
        return m.appliesTo(s.kind()) && m.trigger().holds(st.grade(), st.listed(), st.dishonestActInPeriod());
    }
}
