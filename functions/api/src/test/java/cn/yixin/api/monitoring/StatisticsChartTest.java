package cn.yixin.api.monitoring;

import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.CycleRun;
import cn.yixin.domain.monitoring.ConditionKind;
import cn.yixin.domain.monitoring.MonitoringPolicy;
import cn.yixin.domain.monitoring.MonitoringStatus;
import cn.yixin.domain.monitoring.Warning;
import cn.yixin.domain.monitoring.WarningCondition;
import cn.yixin.domain.monitoring.WarningRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics' arithmetic and the chart drawn from it, on figures chosen to check (R-8.1, issue 15). */
class StatisticsChartTest {

    private static final WarningRule REPEATED = new WarningRule("REPEATED", "一年内多次失信", "二级",
            Set.of(SubjectKind.DESIGNATED_HOSPITAL), WarningCondition.of(ConditionKind.COMMITMENT_BROKEN), "001 §32");
    private static final WarningRule LISTED = new WarningRule("LISTED", "列入严重失信主体名单<&>", "一级",
            Set.of(SubjectKind.DESIGNATED_HOSPITAL), WarningCondition.of(ConditionKind.COMMITMENT_BROKEN), "001 §32");
    private static final MonitoringPolicy POLICY = new MonitoringPolicy(List.of("一级", "二级", "三级"), 90,
            List.of(LISTED, REPEATED));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static Warning warning(int n, WarningRule rule, String chinaDay) {
        Instant at = LocalDate.parse(chinaDay).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        return new Warning("W" + n, "S" + n, SubjectKind.DESIGNATED_HOSPITAL, rule.code(), rule.name(), rule.level(),
                POLICY.rankOf(rule.level()), 1, List.of(), "理由", Warning.Status.OPEN, at, List.of());
    }

    private static StatisticsViews.Statistics figures() {
        List<Warning> ws = new ArrayList<>();
        int n = 0;
        for (int m = 1; m <= 6; m++) {
            for (int i = 0; i < m; i++) {
                ws.add(warning(n++, i % 3 == 0 ? LISTED : REPEATED, "2026-0" + m + "-" + String.format("%02d", 1 + i)));
            }
        }
        ws.add(warning(n++, LISTED, "2025-06-30"));            // before the period
        ws.add(warning(n, REPEATED, "2026-06-30"));             // after it
        var step = new Warning.Step("KEY_ENTERED", "system", Instant.EPOCH, "x");
        List<MonitoringStatus> rows = List.of(
                MonitoringStatus.enterKey("S1", SubjectKind.DESIGNATED_HOSPITAL, TODAY.minusDays(100), "预警", "W1", 90, step, null),
                MonitoringStatus.enterKey("S2", SubjectKind.DESIGNATED_HOSPITAL, TODAY, "低等级", null, 90, step, null),
                MonitoringStatus.enterKey("S3", SubjectKind.DOCTOR, TODAY, "低等级", null, 90, step, null),
                MonitoringStatus.enterKey("S4", SubjectKind.DOCTOR, TODAY, "低等级", null, 90, step, null)
                        .end(TODAY, "回升", step));
        List<CycleRun> runs = List.of(run(2024, SubjectKind.DESIGNATED_HOSPITAL, Map.of("A", 10L, "B", 40L, "C", 30L, "D", 12L, "E", 3L, "NOT_EVALUATED", 5L)),
                run(2025, SubjectKind.DESIGNATED_HOSPITAL, Map.of("A", 14L, "B", 45L, "C", 25L, "D", 8L, "E", 2L)),
                run(2025, SubjectKind.DOCTOR, Map.of("A", 120L, "B", 300L, "C", 50L, "D", 9L, "E", 1L)));
        Map<SubjectKind, Map<String, Long>> live = Map.of(SubjectKind.DESIGNATED_HOSPITAL, Map.of("A", 15L, "B", 44L, "C", 27L, "D", 9L, "E", 1L),
                SubjectKind.DOCTOR, Map.of("B", 400L, "C", 60L, "D", 2L));
        return MonitoringStatistics.compute(POLICY, List.of(SubjectKind.DESIGNATED_HOSPITAL, SubjectKind.DOCTOR),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 20), TODAY, ws, rows, runs, live);
    }

    private static CycleRun run(int year, SubjectKind kind, Map<String, Long> counts) {
        return new CycleRun("500119", year, kind, 1, CycleRun.Status.COMPLETED, null, null, 0, 0, 0, 0, 0, List.of(),
                counts, Instant.EPOCH, "u", Instant.EPOCH, true);
    }

    @Test
    @DisplayName("R-8.1: warnings count by China month, level and rule inside the period only; key monitoring by kind and cause; grades per cycle and today")
    void arithmetic() {
        StatisticsViews.Statistics s = figures();
        assertEquals(6, s.warningsByMonth().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), s.warningsByMonth().stream().map(StatisticsViews.Month::total).toList());
        assertEquals(21, s.warnings(), "the two outside the period are left out");
        assertEquals(Map.of("一级", 2, "二级", 4, "三级", 0), s.warningsByMonth().get(5).byLevel());
        assertEquals(9, s.warningsByLevel().get("一级"));   // i % 3 == 0: 1+1+1+2+2+2
        assertEquals(12, s.warningsByRule().get("REPEATED"));
        assertEquals(3, s.keyMonitoring().total(), "the ended period does not count");
        assertEquals(Map.of("DESIGNATED_HOSPITAL", 2, "DOCTOR", 1), s.keyMonitoring().byKind());
        assertEquals(1, s.keyMonitoring().byWarning());
        assertEquals(2, s.keyMonitoring().byGrade());
        assertEquals(1, s.keyMonitoring().reviewDue(), "entered 100 days ago with a 90-day review");
        assertEquals(3, s.grades().size());
        assertEquals(2024, s.grades().get(0).year());
        assertEquals(345L, s.grades().get(1).total().get("B"), "2025: hospitals 45 + doctors 300");
        assertEquals(5L, s.grades().get(0).total().get("NOT_EVALUATED"));
        assertEquals(444L, s.grades().get(2).total().get("B"));
        assertEquals(TODAY, s.grades().get(2).asOf());
    }

    @Test
    @DisplayName("R-8.1: the chart is well-formed SVG with Chinese labels, the rule names escaped, no script")
    void chart() throws Exception {
        String svg = StatisticsChart.svg(figures(), Map.of("REPEATED", REPEATED.name(), "LISTED", LISTED.name()));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(svg.contains("列入严重失信主体名单&lt;&amp;&gt;"), "escaped");
        assertTrue(svg.contains("2026年6月") && svg.contains("2025 年度评价") && svg.contains("医师"), svg);
        assertFalse(svg.contains("<script"));
        assertEquals(1, StatisticsChart.niceStep(5));
        assertEquals(2, StatisticsChart.niceStep(7));
        assertEquals(50, StatisticsChart.niceStep(230));
        Path out = Path.of("target/monitoring-chart-sample.svg");
        Files.writeString(out, svg);
    }
}
