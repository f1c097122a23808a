package cn.yixin.bench;

import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleEvaluator;
import cn.yixin.domain.evaluation.CycleFacts;
import cn.yixin.domain.evaluation.CyclePeriod;
import cn.yixin.domain.scoring.CreditEvaluator;
import cn.yixin.domain.tenant.EvaluationCycle;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.domain.tenant.TenantConfigParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Scoring-engine throughput, pure (no I/O): subjects per second at 20 records each, one thread, under three real
 * tenant schemes (Nanchuan POINTS for institutions, ADD_SUBTRACT for individuals, Qinhuangdao SEVERITY_COUNT), and
 * the cycle evaluator (exclusion rules + engine) on top. One operation is one subject.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ScoringEngineBenchmark {

    static final int SUBJECTS = 1000;

    @Param({"500119:DESIGNATED_HOSPITAL", "500119:DOCTOR", "130300:DESIGNATED_HOSPITAL"})
    public String scheme;

    @Param({"20"})
    public int records;

    private TenantConfig config;
    private SubjectKind kind;
    private final List<List<CreditRecord>> archives = new ArrayList<>();
    private final CreditEvaluator engine = new CreditEvaluator();
    private final CycleEvaluator cycle = new CycleEvaluator();
    private final CyclePeriod period = CyclePeriod.of(EvaluationCycle.CALENDAR_YEAR, 2025);

    @Setup
    public void setUp() throws Exception {
        String[] parts = scheme.split(":");
        Path root = Path.of(System.getProperty("yixin.repo.root", "."));
        config = TenantConfigParser.parse(parts[0], Files.readString(root.resolve("tenants/" + parts[0] + ".yaml")),
                Set.of("cn-mainland"));
        kind = SubjectKind.valueOf(parts[1]);
        for (int i = 0; i < SUBJECTS; i++) {
            archives.add(SyntheticArchives.archive("S" + i, records, 2025, i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SUBJECTS)
    public void engine(Blackhole bh) {
        LocalDate asOf = period.asOf();
        for (List<CreditRecord> a : archives) {
            bh.consume(engine.evaluate(config, 1, kind, a, asOf));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SUBJECTS)
    public void cycleEvaluator(Blackhole bh) {
        for (List<CreditRecord> a : archives) {
            bh.consume(cycle.evaluate(config, 1, kind, a, CycleFacts.NONE, period));
        }
    }
}
