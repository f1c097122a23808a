package cn.yixin.api.monitoring;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.notification.Notice;
import cn.yixin.api.notification.Notifier;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.MonitoringRepository;
import cn.yixin.store.StoredNotice;
import cn.yixin.store.SubjectRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reviewing a warning (R-8.1, 001 §32): staff confirm it (the subject enters key monitoring unless the reviewer says
 * otherwise, and is told in writing with the reasons) or dismiss it (the subject is told nothing). The warning's new
 * state with its audit step, the monitoring row and the subject's notice go in one transaction with the answer.
 */
@Singleton
public class WarningReview {

    private static final Logger LOG = LoggerFactory.getLogger(WarningReview.class);
    private static final int ATTEMPTS = 4;

    private final MonitoringRepository repository;
    private final SubjectRepository subjects;
    private final TenantDirectory tenants;
    private final WarningRaiser raiser;
    private final LiveGrading grading;
    private final Notifier notifier;
    private final Idempotency retries;
    private final java.time.Clock clock;
    private final cn.yixin.api.measure.MeasuresInForce measures;

    public WarningReview(MonitoringRepository repository, SubjectRepository subjects, TenantDirectory tenants,
                         WarningRaiser raiser, LiveGrading grading, Notifier notifier, Idempotency retries,
                         java.time.Clock clock, cn.yixin.api.measure.MeasuresInForce measures) {
        this.measures = measures;
        this.repository = repository;
        this.subjects = subjects;
        this.tenants = tenants;
        this.raiser = raiser;
        this.grading = grading;
        this.notifier = notifier;
        this.retries = retries;
        this.clock = clock;
    }

    /** The answer: the warning as reviewed and the subject's monitoring level afterwards. */
    @Serdeable
    public record Reviewed(MonitoringViews.WarningView warning, MonitoringViews.MonitoringView monitoring) {
    }

    public Reviewed review(Caller caller, String subjectId, String warningId, MonitoringRequests.Review req,
                           Idempotency.Recorder recorder) {
        String reasons = requireReasons(req.reasons());
        String measureCode = req.measureCode() == null || req.measureCode().isBlank() ? null : req.measureCode().strip();
        if (measureCode != null && req.outcome() != MonitoringRequests.Outcome.CONFIRMED) {
            throw DomainException.invalidField("measureCode", "WARNING_MEASURE_ONLY_ON_CONFIRMATION",
                    "只有确认预警时才能选择惩戒措施。", "A measure can only be named when the warning is confirmed.");
        }
        return retries.run(recorder, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return reviewOnce(caller, subjectId, warningId, req, reasons, recorder);
                } catch (ConcurrentUpdate lost) {
                    if (attempt >= ATTEMPTS) {
                        throw busy();
                    }
                }
            }
        });
    }

    private Reviewed reviewOnce(Caller caller, String subjectId, String warningId, MonitoringRequests.Review req,
                                String reasons, Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        Subject subject = subjects.find(tenant, subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
        Warning before = repository.warning(tenant, subjectId, warningId).orElseThrow(() -> DomainException.notFound(
                "WARNING_NOT_FOUND", "该信用主体没有所指编号的预警。", "This subject has no warning with that id."));
        if (before.status() != Warning.Status.OPEN) {
            throw DomainException.conflict("WARNING_ALREADY_REVIEWED", "该预警已经处理，不能再次确认或排除。",
                    "This warning was already reviewed; it cannot be confirmed or dismissed again.");
        }
        Instant now = clock.instant();
        LocalDate today = grading.today();
        boolean confirmed = req.outcome() == MonitoringRequests.Outcome.CONFIRMED;
        Warning.Measure measure = req.measureCode() == null || req.measureCode().isBlank() ? null
                : punishmentFor(tenant, subject, req.measureCode().strip());
        Warning after = before.reviewed(confirmed ? Warning.Status.CONFIRMED : Warning.Status.DISMISSED,
                caller.userId(), now, reasons);
        if (measure != null) {
            after = after.withMeasure(measure);
        }
        MonitoringStatus current = repository.monitoring(tenant, subjectId).orElse(null);
        MonitoringStatus next = null;
        if (confirmed && !Boolean.FALSE.equals(req.keyMonitoring()) && (current == null || !current.active())) {
            int reviewDays = raiser.policy(tenants.current(tenant)).reviewDays();
            next = MonitoringStatus.enterKey(subjectId, subject.kind(), today, before.ruleName() + "：" + before.reasonZh(),
                    before.id(), reviewDays, new Warning.Step("KEY_ENTERED", caller.userId(), now,
                            "预警 " + before.id() + " 经确认：" + reasons), current);
        }
        MonitoringStatus shown = next != null ? next : current;
        StoredNotice notice = confirmed ? notice(tenant, subjectId, after, reasons, next, now) : null;
        Reviewed answer = new Reviewed(MonitoringViews.WarningView.of(after, today),
                MonitoringViews.MonitoringView.of(subjectId, shown, today));
        repository.review(tenant, before, after, current, next, notice,
                recorder == null ? null : recorder.apply(answer));
        if (notice != null && notifier.delivery() == Notifier.Delivery.INLINE) {
            try {
                notifier.deliver(subject, Notice.of(notice));
            } catch (RuntimeException e) {
                LOG.warn("A channel failed for notice {} of subject {}; the inbox has it", notice.id(), subjectId, e);
            }
        }
        return answer;
    }

    /**
     * The measure a confirmation names (R-7.3, issue 15): one of the lists in force for the tenant (its ancestors'
     * and its own, {@code MeasuresInForce}), a punishment (惩戒措施; an incentive cannot follow a warning), for the
     * subject's kind. Refused naming {@code measureCode} before anything is written.
     */
    private Warning.Measure punishmentFor(String tenant, Subject subject, String code) {
        var same = measures.of(tenant).stream().map(cn.yixin.api.measure.MeasuresInForce.Published::measure)
                .filter(m -> m.code().equals(code)).toList();
        if (same.isEmpty()) {
            throw DomainException.invalidField("measureCode", "WARNING_MEASURE_NOT_IN_FORCE",
                    "本地区施行的措施清单中没有所指编号的措施。", "No measure with that code is in force in this region.");
        }
        var punishments = same.stream().filter(m -> m.type() == cn.yixin.domain.measure.MeasureType.PUNISHMENT).toList();
        if (punishments.isEmpty()) {
            throw DomainException.invalidField("measureCode", "WARNING_MEASURE_NOT_PUNISHMENT",
                    "确认预警只能选择惩戒措施，所指措施是激励措施。",
                    "A confirmed warning can only apply a punishment measure; that measure is an incentive.");
        }
        return punishments.stream().filter(m -> m.appliesTo(subject.kind())).findFirst()
                .map(m -> new Warning.Measure(m.code(), m.name(), m.basis()))
                .orElseThrow(() -> DomainException.invalidField("measureCode", "WARNING_MEASURE_NOT_FOR_KIND",
                        "所指惩戒措施不适用于该类信用主体。", "That punishment measure does not apply to this kind of subject."));
    }

    /** The subject is told of a confirmed warning, with the reason and the bureau's reasons. */
    private static StoredNotice notice(String tenant, String subjectId, Warning w, String reasons,
                                       MonitoringStatus key, Instant now) {
        String body = "经核实，你方触发信用风险预警“" + w.ruleName() + "”（" + w.level() + "）：" + w.reasonZh()
                + "。核实意见：" + reasons + "。"
                + (w.measure() == null ? "" : "依据措施清单实施惩戒措施“" + w.measure().name() + "”（依据："
                        + w.measure().basis() + "）。")
                + (key == null ? "" : "自 " + key.since() + " 起列为重点监控对象，复核日期为 " + key.reviewOn() + "。");
        return new StoredNotice(Notice.idFor("WARNING_CONFIRMED", tenant, subjectId, w.id()), tenant, subjectId,
                "WARNING_CONFIRMED", "信用风险预警告知", body, null, w.id(), now);
    }

    static String requireReasons(String raw) {
        String r = raw == null ? null : raw.strip();
        if (r == null || r.isEmpty()) {
            throw ProblemCode.REASONS_REQUIRED.onField("reasons");
        }
        return r;
    }

    static DomainException busy() {
        return ProblemCode.CONCURRENT_UPDATE.of(ProblemCode.Bilingual.of("该预警或监控状态", "This warning or monitoring state"));
    }
}
