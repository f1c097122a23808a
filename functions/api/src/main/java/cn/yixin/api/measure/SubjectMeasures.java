package cn.yixin.api.measure;

import cn.yixin.api.security.Caller;
import cn.yixin.domain.measure.Measure;
import cn.yixin.domain.measure.SubjectMeasureState;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.SubjectRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/**
 * The measures a subject is under now (issue 13 "Application", R-7.2, R-7.3): the lists in force applied to its live
 * standing, each entry citing the grade and configuration version it was computed from, the measure's basis and the
 * list's own version, and the reason in words (004 §22). Derived on read from the standing, so a new grade, a
 * listing, a repair or a revised result ends or starts a measure the moment the standing changes.
 */
@Singleton
public class SubjectMeasures {

    @Serdeable
    public record Entry(MeasureView measure, String reasonZh, String reasonEn) {
    }

    @Serdeable
    public record Applied(String subjectId, String kind, String grade, int configVersion, LocalDate asOf,
                          boolean listed, boolean dishonestActInPeriod, List<Entry> measures) {
    }

    // The repository, not CreditSubjects: nothing here needs the identifier keys (PersonalDataOperations).
    private final SubjectRepository subjects;
    private final MeasuresInForce measures;

    public SubjectMeasures(SubjectRepository subjects, MeasuresInForce measures) {
        this.subjects = subjects;
        this.measures = measures;
    }

    public Applied of(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        Subject subject = subjects.find(caller.tenant(), subjectId)
                .orElseThrow(() -> Caller.subjectNotFound(subjectId));
        SubjectMeasureState state = SubjectMeasureState.of(subject.standing());
        List<Entry> entries = measures.of(caller.tenant()).stream().filter(p -> holds(p.measure(), subject, state))
                .map(p -> new Entry(MeasureView.of(p), state.reasonZh(p.measure()), state.reasonEn(p.measure())))
                .toList();
        return new Applied(subject.id(), subject.kind().name(), state.grade(), state.configVersion(),
                subject.standing().asOf(), state.listed(), state.dishonestActInPeriod(), entries);
    }

    private static boolean holds(Measure m, Subject subject, SubjectMeasureState state) {
        return m.appliesTo(subject.kind())
                && m.trigger().holds(state.grade(), state.listed(), state.dishonestActInPeriod());
    }
}
