package cn.yixin.api.inspection;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.inspection.InspectionPlan;
import cn.yixin.domain.inspection.PlanRules;
import cn.yixin.store.InspectionRepository;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;

/** Random inspection plans (R-7.2, 001 §28): created by a bureau, then drawn. */
@Singleton
public class InspectionPlans {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InspectionRepository repository;
    private final Clock clock;

    public InspectionPlans(InspectionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public InspectionViews.PlanView create(Caller caller, InspectionRequests.CreatePlan req,
                                           Idempotency.Recorder recorder) {
        BigDecimal base = req.basePercent() == null ? null : BigDecimal.valueOf(req.basePercent());
        PlanRules.check(req.name(), req.subjectKinds(), req.periodFrom(), req.periodTo(), base,
                req.inspectorsPerCheck());
        InspectionPlan plan = new InspectionPlan("P" + hex(10), req.name().trim(),
                List.copyOf(new LinkedHashSet<>(req.subjectKinds())), req.periodFrom(), req.periodTo(),
                base, req.inspectorsPerCheck(), caller.userId(), clock.instant(), List.of());
        InspectionViews.PlanView view = InspectionViews.PlanView.of(plan);
        repository.createPlan(caller.tenant(), plan, recorder == null ? null : recorder.apply(view));
        return view;
    }

    public InspectionViews.Plans list(Caller caller) {
        List<InspectionViews.PlanView> plans = repository.plans(caller.tenant()).stream()
                .sorted(Comparator.comparing(InspectionPlan::createdAt).reversed())
                .map(InspectionViews.PlanView::of).toList();
        return new InspectionViews.Plans(plans.size(), plans);
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
