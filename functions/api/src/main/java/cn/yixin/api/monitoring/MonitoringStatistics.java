package cn.yixin.api.monitoring;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.store.EvaluationRepository;
import cn.yixin.store.MonitoringRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics for a bureau head (R-8.1, issue 15): warnings raised per month by level and by rule, subjects under key
 * monitoring by kind and cause, and the grade distribution of every completed evaluation cycle and of the live grades
 * today. Reads: the tenant's warnings (one partition), its monitoring rows (one partition), its cycle runs (their
 * counts by grade were kept when each run completed) and, per enabled kind, the kind/grade index.
 */
@Singleton
public class MonitoringStatistics {

    /** At most three years of months in one answer (36 bars are still readable on the chart). */
    static final int MAX_MONTHS = 36;

    private final MonitoringRepository repository;
    private final EvaluationRepository evaluations;
    private final TenantDirectory tenants;
    private final WarningRaiser raiser;
    private final LiveGrading grading;

    public MonitoringStatistics(MonitoringRepository repository, EvaluationRepository evaluations,
                                TenantDirectory tenants, WarningRaiser raiser, LiveGrading grading) {
        this.repository = repository;
        this.evaluations = evaluations;
        this.tenants = tenants;
        this.raiser = raiser;
        this.grading = grading;
    }

    /**
     * @param from first day counted (default: the first day of the month eleven months before {@code to})
     * @param to   last day counted (default: today)
     */
    public StatisticsViews.Statistics read(Caller caller, LocalDate from, LocalDate to) {
        LocalDate today = grading.today();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? YearMonth.from(end).minusMonths(11).atDay(1) : from;
        if (start.isAfter(end)) {
            throw DomainException.invalidField("from", "INVALID_PERIOD", "统计起始日期不能晚于截止日期。",
                    "from must not be after to.");
        }
        if (YearMonth.from(start).plusMonths(MAX_MONTHS - 1).isBefore(YearMonth.from(end))) {
            throw DomainException.invalidField("to", "PERIOD_TOO_LONG", "统计期间最长为 " + MAX_MONTHS + " 个月。",
                    "The period may cover at most " + MAX_MONTHS + " months.");
        }
        String tenant = caller.tenant();
        ActiveConfig active = tenants.current(tenant);
        MonitoringPolicy policy = raiser.policy(active);
        List<Warning> warnings = repository.allWarnings(tenant);
        List<MonitoringStatus> rows = repository.allMonitoring(tenant);
        List<CycleRun> runs = evaluations.runs(tenant);
        Map<SubjectKind, Map<String, Long>> live = new TreeMap<>();
        for (SubjectKind kind : active.config().subjectKinds().keySet()) {
            live.put(kind, repository.liveGradeCounts(tenant, kind));
        }
        return compute(policy, active.config().subjectKinds().keySet(), start, end, today, warnings, rows, runs, live);
    }

    /** The figures from what was read (pure: the chart and the tests use it as it is). */
    static StatisticsViews.Statistics compute(MonitoringPolicy policy, java.util.Collection<SubjectKind> kinds,
                                              LocalDate from, LocalDate to, LocalDate today, List<Warning> warnings,
                                              List<MonitoringStatus> rows, List<CycleRun> runs,
                                              Map<SubjectKind, Map<String, Long>> live) {
        Map<String, int[]> perMonth = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> levelByMonth = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ruleByMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            perMonth.put(m.toString(), new int[1]);
            Map<String, Integer> levels = new LinkedHashMap<>();
            policy.levels().forEach(l -> levels.put(l, 0));
            levelByMonth.put(m.toString(), levels);
            ruleByMonth.put(m.toString(), new TreeMap<>());
        }
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        policy.levels().forEach(l -> byLevel.put(l, 0));
        Map<String, Integer> byRule = new TreeMap<>();
        int total = 0;
        for (Warning w : warnings) {
            LocalDate day = LocalDate.ofInstant(w.raisedAt(), CreditRecord.CHINA);
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            String month = YearMonth.from(day).toString();
            perMonth.get(month)[0]++;
            levelByMonth.get(month).merge(w.level(), 1, Integer::sum);
            ruleByMonth.get(month).merge(w.ruleCode(), 1, Integer::sum);
            byLevel.merge(w.level(), 1, Integer::sum);
            byRule.merge(w.ruleCode(), 1, Integer::sum);
            total++;
        }
        List<StatisticsViews.Month> months = new ArrayList<>();
        perMonth.forEach((m, n) -> months.add(new StatisticsViews.Month(m, n[0], levelByMonth.get(m), ruleByMonth.get(m))));

        Map<String, Integer> keyByKind = new TreeMap<>();
        Map<String, String> kindNames = new TreeMap<>();
        int byWarning = 0;
        int byGrade = 0;
        int due = 0;
        for (MonitoringStatus m : rows) {
            if (!m.active()) {
                continue;
            }
            keyByKind.merge(m.subjectKind().name(), 1, Integer::sum);
            kindNames.put(m.subjectKind().name(), m.subjectKind().nameZh());
            if (m.byGrade()) {
                byGrade++;
            } else {
                byWarning++;
            }
            if (m.reviewOn() != null && !m.reviewOn().isAfter(today)) {
                due++;
            }
        }
        StatisticsViews.Key key = new StatisticsViews.Key(byWarning + byGrade, keyByKind, kindNames, byWarning, byGrade, due);

        Map<Integer, Map<String, Map<String, Long>>> cycles = new TreeMap<>();
        for (CycleRun r : runs) {
            if (r.status() == CycleRun.Status.COMPLETED && kinds.contains(r.kind())) {
                cycles.computeIfAbsent(r.year(), y -> new TreeMap<>()).put(r.kind().name(), new TreeMap<>(r.counts()));
            }
        }
        List<StatisticsViews.GradeSnapshot> grades = new ArrayList<>();
        cycles.forEach((year, byKind) -> grades.add(new StatisticsViews.GradeSnapshot(year + " 年度评价", year, null,
                sum(byKind), byKind)));
        Map<String, Map<String, Long>> liveByKind = new TreeMap<>();
        live.forEach((k, counts) -> {
            if (!counts.isEmpty()) {
                liveByKind.put(k.name(), new TreeMap<>(counts));
            }
        });
        grades.add(new StatisticsViews.GradeSnapshot("当前（" + today + "）", null, today, sum(liveByKind), liveByKind));

        List<StatisticsViews.Rule> rules = policy.rules().stream()
                .map(r -> new StatisticsViews.Rule(r.code(), r.name(), r.level())).toList();
        return new StatisticsViews.Statistics(from, to, policy.levels(), rules, months, byLevel, byRule, total, key, grades);
    }

    private static Map<String, Long> sum(Map<String, Map<String, Long>> byKind) {
        Map<String, Long> out = new TreeMap<>();
        byKind.values().forEach(m -> m.forEach((g, n) -> out.merge(g, n, Long::sum)));
        return out;
    }
}
