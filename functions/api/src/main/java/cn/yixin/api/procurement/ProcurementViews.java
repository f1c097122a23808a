package cn.yixin.api.procurement;

import cn.yixin.domain.procurement.LevelRule;
import cn.yixin.domain.procurement.ProcurementCase;
import cn.yixin.domain.procurement.ProcurementLevel;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** Answers of the procurement credit rating. */
public final class ProcurementViews {

    private ProcurementViews() {
    }

    @Serdeable
    public record BasisView(String kind, String number, LocalDate date, String issuer) {
    }

    @Serdeable
    public record CaseView(String caseId, String subjectId, String conduct, String conductName, String scale,
                           ProcurementLevel level, String levelZh, String amount, BasisView basis, LocalDate actDate,
                           LocalDate ratedOn, LocalDate clearableFrom, List<String> products, String summary,
                           ProcurementCase.Status status, LocalDate clearedOn, String clearReasons) {
        static CaseView of(ProcurementCase c) {
            return new CaseView(c.caseId(), c.subjectId(), c.conductCode(), c.conductName(), c.level().scale().name(),
                    c.level(), c.level().nameZh(), c.amount(), new BasisView(c.basis().kind() == null ? null
                    : c.basis().kind().name(), c.basis().number(), c.basis().date(), c.basis().issuer()), c.actDate(),
                    c.ratedOn(), c.clearableFrom(), c.products(), c.summary(), c.status(), c.clearedOn(),
                    c.clearReasons());
        }
    }

    /**
     * The company's rating: the highest level among its active cases (null: no active case, 未评定失信), with that
     * level's disposal measures and the products they cover (every product in the province at the top level).
     */
    @Serdeable
    public record Rating(String subjectId, ProcurementLevel rating, String ratingZh, List<String> measures,
                         boolean allProducts, List<String> productsSuspended, int activeCases, List<CaseView> cases) {
        static Rating of(String subjectId, ProcurementLevel level, LevelRule rule, List<ProcurementCase> cases) {
            List<String> products = level == null || rule == null || rule.allProducts() ? List.of()
                    : cases.stream().filter(ProcurementCase::active).filter(c -> c.level().rank() >= 3)
                    .flatMap(c -> c.products().stream()).distinct().sorted().toList();
            return new Rating(subjectId, level, level == null ? null : level.nameZh(),
                    rule == null ? List.of() : rule.measures(), rule != null && rule.allProducts(), products,
                    (int) cases.stream().filter(ProcurementCase::active).count(),
                    cases.stream().map(CaseView::of).toList());
        }
    }
}
