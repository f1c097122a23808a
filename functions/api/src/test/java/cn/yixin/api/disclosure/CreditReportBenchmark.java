package cn.yixin.api.disclosure;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Figures for docs/performance.md ("Credit report"): time and size of issuing a credit report through the real
 * payload-2.0 handler on DynamoDB Local (compose from the store, render with PDFBox, digest, store the code), for a
 * hospital with 12 records. A harness, not a test: its name matches no surefire include, so it runs only when named,
 * and nothing asserts a time. Run:
 * <pre>mvn -q -B -ntp -pl functions/api -am test -Dtest=CreditReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class CreditReportBenchmark {

    @Test
    void issueReports() {
        ApiUnderTest api = ApiUnderTest.shared();
        String h = Fixtures.register(api, "440300", "DESIGNATED_HOSPITAL", "性能测试医院");
        for (int i = 0; i < 8; i++) {
            Fixtures.record(api, "440300", h, Fixtures.negative("ADMINISTRATIVE", i % 3 == 0 ? "GENERAL" : "MINOR",
                    Fixtures.today().minusDays(20 + i)));
        }
        for (int i = 0; i < 4; i++) {
            Fixtures.record(api, "440300", h, Fixtures.positive("HONOUR", Fixtures.today().minusDays(5 + i)));
        }
        String token = TestIdentity.subject("440300", h);
        int warm = 20;
        int n = 100;
        double[] ms = new double[n];
        double first = 0;
        long bytes = 0;
        int pages = 0;
        for (int i = 0; i < warm + n; i++) {
            long t0 = System.nanoTime();
            Response r = api.request("POST", "/subjects/" + h + "/reports").token(token)
                    .header("Accept", "application/pdf").send();
            long t1 = System.nanoTime();
            assertEquals(201, r.status(), r::toString);
            if (i == 0) {
                first = (t1 - t0) / 1e6;
            }
            if (i >= warm) {
                ms[i - warm] = (t1 - t0) / 1e6;
                bytes = r.bytes().length;
                pages = r.body().length();
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "BENCH credit report: %d reports after %d warm-up, median %.1f ms, p90 %.1f ms, "
                        + "p99 %.1f ms, first in this JVM %.1f ms, PDF %d bytes (%d chars base64 in the Lambda response); load %s%n", n, warm,
                ms[n / 2], ms[(int) (n * 0.9)], ms[(int) (n * 0.99)], first, bytes, pages,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long c0 = System.nanoTime();
        byte[] font = ReportPdf.fontBytes();
        System.out.printf(Locale.ROOT, "BENCH font resource %d bytes (read in %.1f ms, cached after)%n", font.length,
                (System.nanoTime() - c0) / 1e6);
    }
}
