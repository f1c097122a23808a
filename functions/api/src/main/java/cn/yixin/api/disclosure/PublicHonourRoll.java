package cn.yixin.api.disclosure;

import cn.yixin.api.measure.MeasuresInForce;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.measure.Measure;
import cn.yixin.domain.measure.SubjectMeasureState;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectSummary;
import cn.yixin.store.Page;
import cn.yixin.store.SubjectRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public list of institutions publicised for their grade (004 §25(一) "在各级医疗保障部门官方网站进行公示、宣传"):
 * the institutions of one kind under a publicity incentive in force for their tenant (a measure whose effect is
 * {@code publicity: true}), derived at read time from each one's live standing, so a subject whose grade falls, or
 * that commits a dishonest act, leaves the list the moment its standing changes. Shows what a bureau's website would:
 * name, kind, grade, the day of the grade and the measure's basis; no identifier, score or record.
 */
@Singleton
public class PublicHonourRoll {

    @Serdeable
    public record Entry(String name, String kind, String kindName, String grade, String gradeName, LocalDate asOf,
                        String measure, String basis) {
    }

    @Serdeable
    public record Roll(String tenant, String bureau, String kind, List<Entry> items, @Nullable String nextCursor) {
    }

    private final TenantDirectory tenants;
    private final MeasuresInForce measures;
    private final SubjectRepository subjects;

    public PublicHonourRoll(TenantDirectory tenants, MeasuresInForce measures, SubjectRepository subjects) {
        this.tenants = tenants;
        this.measures = measures;
        this.subjects = subjects;
    }

    public Roll list(String tenantId, SubjectKind kind, String cursor, int limit) {
        String bureau;
        try {
            bureau = tenants.current(tenantId).config().name();
        } catch (DomainException unknown) {
            throw cn.yixin.domain.ProblemCode.TENANT_NOT_FOUND.of();
        }
        if (!kind.isInstitution()) {
            throw cn.yixin.domain.ProblemCode.HONOUR_ROLL_INSTITUTIONS_ONLY.onField("kind");
        }
        List<Measure> publicity = measures.of(tenantId).stream().map(MeasuresInForce.Published::measure)
                .filter(m -> m.effect().publicity() && m.appliesTo(kind)
                        && m.type() == cn.yixin.domain.measure.MeasureType.INCENTIVE)
                .toList();
        Set<String> grades = new LinkedHashSet<>();
        publicity.forEach(m -> grades.addAll(m.trigger().grades()));
        if (publicity.isEmpty() || grades.size() != 1) {
            // No publicity incentive for this kind (or one spanning several grades, which one index page cannot walk).
            return new Roll(tenantId, bureau, kind.name(), List.of(), null);
        }
        Page<SubjectSummary> page = subjects.list(tenantId, kind, grades.iterator().next(), cursor, limit);
        List<Entry> out = new ArrayList<>();
        for (SubjectSummary summary : page.items()) {
            Subject s = subjects.find(tenantId, summary.id()).orElse(null);
            if (s == null) {
                continue;
            }
            SubjectMeasureState state = SubjectMeasureState.of(s.standing());
            for (Measure m : publicity) {
                if (m.trigger().holds(state.grade(), state.listed(), state.dishonestActInPeriod())) {
                    out.add(new Entry(s.displayName(), kind.name(), kind.nameZh(), state.grade(),
                            s.standing().gradeName(), s.standing().asOf(), m.name(), m.basis()));
                    break;
                }
            }
        }
        return new Roll(tenantId, bureau, kind.name(), out, page.nextCursor());
    }
}
