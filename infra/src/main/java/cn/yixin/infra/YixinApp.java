package cn.yixin.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;

import java.nio.file.Files;

/**
 * {@code cdk deploy} entry point (infra/cdk.json runs it). Context keys: see {@link InfraSettings}; the stack name is
 * {@code yixin:stackName} (default {@code Yixin}).
 */
public final class YixinApp {

    private YixinApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        InfraSettings settings = InfraSettings.from(app.getNode());
        if (!Files.isRegularFile(settings.lambdaJar())) {
            throw new IllegalStateException("Lambda jar " + settings.lambdaJar().toAbsolutePath() + " not found: build "
                    + "it first (mvn -pl functions/api -am package) or pass -c " + InfraSettings.LAMBDA_JAR + "=<path>");
        }
        if (!Files.isRegularFile(ExchangeStack.jarPath(app.getNode()))) {
            throw new IllegalStateException("Exchange jar " + ExchangeStack.jarPath(app.getNode()).toAbsolutePath()
                    + " not found: build it first (mvn -pl functions/exchange -am package) or pass -c "
                    + ExchangeStack.EXCHANGE_JAR + "=<path>");
        }
        Object name = app.getNode().tryGetContext("yixin:stackName");
        String account = System.getenv("CDK_DEFAULT_ACCOUNT");
        String region = System.getenv("CDK_DEFAULT_REGION");
        StackProps.Builder props = StackProps.builder()
                .description("Yixin medical-insurance credit management (one province or more per stack)");
        if (account != null && region != null) {
            props.env(Environment.builder().account(account).region(region).build());
        }
        new YixinStack(app, name == null ? "Yixin" : name.toString(), props.build(), settings,
                () -> Code.fromAsset(settings.lambdaJar().toString()));
        app.synth();
    }
}
