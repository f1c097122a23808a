package cn.yixin.infra;

import cn.yixin.api.OperationCatalog;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 item 10: {@code cdk synth} runs. This runs the very {@code app} command of {@code infra/cdk.json} the way
 * the CDK CLI does (a shell in {@code infra/}, {@code CDK_OUTDIR} a fresh directory, {@code CDK_CONTEXT_JSON} the
 * file's context) and checks the cloud assembly it writes: the manifest names the stack, and the stack's templates
 * hold one function per catalogued operation and background job. Needs the Lambda jar (YixinApp checks): in
 * {@code mvn verify} the api module is packaged before infra is tested.
 */
class CdkAppCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void theCommandInCdkJsonWritesTheCloudAssembly() throws Exception {
        Path infra = repoRoot().resolve("infra");
        Map<String, Object> cdkJson = JSONObjectUtils.parse(Files.readString(infra.resolve("cdk.json")));
        String app = cdkJson.get("app").toString();
        Map<String, Object> context = (Map<String, Object>) cdkJson.get("context");
        Path jar = infra.resolve(context.get(InfraSettings.LAMBDA_JAR).toString()).normalize();
        assertTrue(Files.isRegularFile(jar), "no Lambda jar at " + jar + ": in mvn verify functions/api is packaged "
                + "before infra is tested; for this test alone: mvn -pl infra -am package -Dtest=CdkAppCommandTest");

        Path out = Files.createTempDirectory("cdk.out");
        Path log = Files.createTempFile("cdk-app", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", app).directory(infra.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("CDK_OUTDIR", out.toString());
            env.put("CDK_CONTEXT_JSON", JSONObjectUtils.toJSONString(new HashMap<>(context)));
            Process p = pb.start();
            boolean finished = p.waitFor(15, TimeUnit.MINUTES);
            if (!finished) {
                p.destroyForcibly();
            }
            String output = Files.readString(log);
            assertTrue(finished, "cdk.json's app command did not finish:\n" + tail(output));
            assertEquals(0, p.exitValue(), () -> "cdk.json's app command failed:\n" + tail(output));

            Map<String, Object> manifest = JSONObjectUtils.parse(Files.readString(out.resolve("manifest.json")));
            var artifacts = (Map<String, Object>) manifest.get("artifacts");
            assertEquals("aws:cloudformation:stack", ((Map<String, Object>) artifacts.get("Yixin")).get("type"));
            assertTrue(Files.isRegularFile(out.resolve("Yixin.template.json")));
            long functions = 0;
            try (Stream<Path> files = Files.list(out)) {
                for (Path t : files.filter(f -> f.toString().endsWith(".template.json")).toList()) {
                    var resources = (Map<String, Object>) JSONObjectUtils.parse(Files.readString(t)).get("Resources");
                    functions += resources.values().stream()
                            .filter(r -> "AWS::Lambda::Function".equals(((Map<String, Object>) r).get("Type"))).count();
                }
            }
            assertEquals(OperationCatalog.ALL.size() + BackgroundJobs.JOBS.size() + ExchangeStack.JOBS.size(), functions,
                    "one function per operation and job in the assembly (and the exchange's poller and importer)");
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(log);
        }
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 4000));
    }

    static Path repoRoot() {
        Path p = Path.of(System.getProperty("yixin.repo.root", ".")).toAbsolutePath();
        while (!Files.isDirectory(p.resolve("tenants")) && p.getParent() != null) {
            p = p.getParent();
        }
        return p;
    }

}
