package cn.yixin.api.eligibility;

import cn.yixin.domain.BasisDocument;
import cn.yixin.domain.eligibility.EligibilityState;
import cn.yixin.domain.eligibility.EligibilityStatus;
import cn.yixin.domain.eligibility.PointsAct;
import cn.yixin.domain.eligibility.PointsLedger;
import cn.yixin.store.EligibilityRow;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** Answers of the payment-eligibility operations; never the identifier, only its masked form. */
public final class EligibilityViews {

    private EligibilityViews() {
    }

    @Serdeable
    public record BasisView(String kind, String number, LocalDate date, String issuer) {
        static BasisView of(BasisDocument b) {
            return new BasisView(b.kind() == null ? null : b.kind().name(), b.number(), b.date(), b.issuer());
        }
    }

    @Serdeable
    public record WithdrawalView(LocalDate on, String by, String reasons, String reference) {
    }

    @Serdeable
    public record ActView(String actId, String itemCode, String itemName, String responsibility, int points,
                          LocalDate actDate, LocalDate scoredOn, BasisView basis, String institutionId, String summary,
                          boolean counts, WithdrawalView withdrawal) {
        static ActView of(PointsAct a) {
            PointsAct.Withdrawal w = a.withdrawal();
            return new ActView(a.actId(), a.itemCode(), a.itemName(), a.responsibility().name(), a.points(),
                    a.actDate(), a.scoredOn(), BasisView.of(a.basis()), a.institutionId(), a.summary(), a.counts(),
                    w == null ? null : new WithdrawalView(w.on(), w.by(), w.reasons(), w.objectionRef()));
        }
    }

    @Serdeable
    public record NoticeView(LocalDate on, String kind, String text) {
    }

    @Serdeable
    public record UpcomingView(LocalDate on, String kind, String reasonZh, String reasonEn) {
    }

    /** A person's ledger as of {@code asOf}: state, the year's points, the acts, what was told, what falls due. */
    @Serdeable
    public record LedgerView(String ledgerId, String idMasked, LocalDate asOf, EligibilityState state, String stateZh,
                             LocalDate since, LocalDate until, int yearPoints, boolean interviewDue, List<ActView> acts,
                             List<NoticeView> notices, List<UpcomingView> upcoming) {
        static LedgerView of(PointsLedger l, EligibilityStatus s) {
            return new LedgerView(l.ledgerId(), l.maskedId(), s.asOf(), s.state(), s.state().nameZh(), s.since(),
                    s.until(), s.yearPoints(), s.interviewDue(), l.acts().stream().map(ActView::of).toList(),
                    l.notices().stream().map(n -> new NoticeView(n.on(), n.kind(), n.textZh())).toList(),
                    s.transitions().stream().filter(t -> t.on().isAfter(s.asOf()))
                            .map(t -> new UpcomingView(t.on(), t.kind(), t.reasonZh(), t.reasonEn())).toList());
        }
    }

    /** The answer of a settlement status check: the status and until when, nothing more. */
    @Serdeable
    public record StatusAnswer(EligibilityState status, LocalDate until) {
    }

    @Serdeable
    public record RowView(String ledgerId, String idMasked, EligibilityState state, LocalDate since, LocalDate until,
                          int yearPoints) {
        static RowView of(EligibilityRow r) {
            return new RowView(r.ledgerId(), r.maskedId(), r.state(), r.since(), r.until(), r.yearPoints());
        }
    }

    @Serdeable
    public record LedgerList(int count, List<RowView> ledgers) {
    }
}
