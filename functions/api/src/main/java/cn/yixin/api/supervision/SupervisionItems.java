package cn.yixin.api.supervision;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.supervision.SupervisionItemList;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.SupervisionRepository;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's supervision item list (监管事项清单, R-7.5, 002 §2(一)): published whole as a new version, public,
 * and each version reported to the credit office within 10 working days of the change on the tenant's calendar;
 * the versions not reported in time are listed.
 */
@Singleton
public class SupervisionItems {

    @Serdeable
    public record ItemView(int seq, String powerType, String powerTypeZh, String name) {
    }

    @Serdeable
    public record VersionView(int version, List<ItemView> items, String changeNote, LocalDate changedOn,
                              LocalDate reportDueOn, LocalDate reportedOn, String reportReference,
                              String reportStatus) {
        static VersionView of(SupervisionItemList l, LocalDate today) {
            return new VersionView(l.version(), l.items().stream().map(i -> new ItemView(i.seq(), i.powerType().name(),
                    i.powerType().nameZh(), i.name())).toList(), l.changeNote(), l.changedOn(), l.reportDueOn(),
                    l.reportedOn(), l.reportReference(), l.reportStatus(today).name());
        }
    }

    @Serdeable
    public record Reports(int overdue, List<VersionView> versions) {
    }

    /** Public: the list in force and the dates of every change (report details are internal). */
    @Serdeable
    public record PublicList(String bureau, Integer version, LocalDate changedOn, List<ItemView> items,
                             List<Change> history) {
    }

    @Serdeable
    public record Change(int version, LocalDate changedOn, String changeNote, int items) {
    }

    private final SupervisionRepository repository;
    private final TenantDirectory tenants;
    private final LiveGrading grading;
    private final Clock clock;

    public SupervisionItems(SupervisionRepository repository, TenantDirectory tenants, LiveGrading grading,
                            Clock clock) {
        this.repository = repository;
        this.tenants = tenants;
        this.grading = grading;
        this.clock = clock;
    }

    public VersionView publish(Caller caller, SupervisionRequests.Publish req, Idempotency.Recorder recorder) {
        List<SupervisionItemList.Item> items = new ArrayList<>();
        if (req.items() != null) {
            for (int i = 0; i < req.items().size(); i++) {
                SupervisionRequests.Item it = req.items().get(i);
                items.add(it == null ? null : new SupervisionItemList.Item(i + 1, it.powerType(),
                        it.name() == null ? null : it.name().trim()));
            }
        }
        SupervisionItemList.check(items);
        String tenant = caller.tenant();
        List<SupervisionItemList> versions = repository.versions(tenant);
        int latest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
        if (req.basedOnVersion() != latest) {
            throw stale(latest);
        }
        if (latest > 0 && req.changeNote() == null) {
            throw DomainException.invalidField("changeNote", "SUPERVISION_CHANGE_NOTE_REQUIRED",
                    "修改监管事项清单须说明变更内容及依据（changeNote）。",
                    "A change of the list states what changed and why (changeNote).");
        }
        ActiveConfig active = tenants.current(tenant);
        LocalDate today = grading.today();
        LocalDate due = active.calendar().addWorkingDays(today, SupervisionItemList.REPORT_WORKING_DAYS);
        SupervisionItemList list = new SupervisionItemList(latest + 1, items,
                req.changeNote() == null ? null : req.changeNote().trim(), today, due, null, null, null,
                caller.userId(), clock.instant());
        VersionView view = VersionView.of(list, today);
        try {
            repository.publish(tenant, list, recorder == null ? null : recorder.apply(view));
        } catch (ConcurrentUpdate lost) {
            throw stale(latest + 1);
        }
        return view;
    }

    public VersionView report(Caller caller, int version, SupervisionRequests.Report req,
                              Idempotency.Recorder recorder) {
        SupervisionItemList before = repository.versions(caller.tenant()).stream().filter(v -> v.version() == version)
                .findFirst().orElseThrow(() -> DomainException.notFound("SUPERVISION_VERSION_NOT_FOUND",
                        "没有该版本的监管事项清单。", "No such version of the supervision item list."));
        if (before.reportedOn() != null) {
            throw alreadyReported();
        }
        if (req.reportedOn().isBefore(before.changedOn())) {
            throw DomainException.invalidField("reportedOn", "REPORTED_BEFORE_CHANGE",
                    "报送日期（reportedOn）不能早于清单变更日期" + before.changedOn() + "。",
                    "reportedOn cannot be before the change on " + before.changedOn() + ".");
        }
        SupervisionItemList after = before.reported(req.reportedOn(),
                req.reference() == null ? null : req.reference().trim(), caller.userId());
        VersionView view = VersionView.of(after, grading.today());
        try {
            repository.markReported(caller.tenant(), after, recorder == null ? null : recorder.apply(view));
        } catch (ConcurrentUpdate lost) {
            throw alreadyReported();
        }
        return view;
    }

    public Reports reports(Caller caller, Boolean overdueOnly) {
        LocalDate today = grading.today();
        List<VersionView> all = repository.versions(caller.tenant()).stream().map(v -> VersionView.of(v, today))
                .filter(v -> !Boolean.TRUE.equals(overdueOnly) || v.reportStatus().equals("OVERDUE")).toList();
        return new Reports((int) all.stream().filter(v -> v.reportStatus().equals("OVERDUE")).count(), all);
    }

    public PublicList publicList(String tenantId) {
        ActiveConfig active;
        try {
            active = tenantId == null || !tenantId.matches("\\d{6}") ? null : tenants.current(tenantId);
        } catch (DomainException unknown) {
            active = null;
        }
        if (active == null) {
            throw cn.yixin.domain.ProblemCode.TENANT_NOT_FOUND.of();
        }
        List<SupervisionItemList> versions = repository.versions(tenantId);
        SupervisionItemList current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        LocalDate today = grading.today();
        return new PublicList(active.config().name(), current == null ? null : current.version(),
                current == null ? null : current.changedOn(),
                current == null ? List.of() : VersionView.of(current, today).items(),
                versions.stream().map(v -> new Change(v.version(), v.changedOn(), v.changeNote(), v.items().size()))
                        .toList());
    }

    private static DomainException stale(int latest) {
        return DomainException.conflict("SUPERVISION_LIST_STALE",
                "监管事项清单已有更新的版本（第" + latest + "版），请在最新版本基础上修改（basedOnVersion）。",
                "The list has a newer version (" + latest + "); change the latest (basedOnVersion).");
    }

    private static DomainException alreadyReported() {
        return DomainException.conflict("SUPERVISION_ALREADY_REPORTED", "该版本清单的变更已经报送。",
                "This version's change is already reported.");
    }
}
