package cn.yixin.local;

import java.util.Map;

/**
 * The local run mints its own tokens, so it must never run where real data is. Lambda sets these variables in every
 * function's environment; seeing any of them, the local run refuses to start.
 */
public final class LambdaGuard {

    static final String[] LAMBDA_VARIABLES = {"AWS_LAMBDA_FUNCTION_NAME", "AWS_EXECUTION_ENV", "LAMBDA_TASK_ROOT"};

    private LambdaGuard() {
    }

    public static void refuseInLambda(Map<String, String> environment) {
        for (String v : LAMBDA_VARIABLES) {
            if (environment.containsKey(v)) {
                throw new IllegalStateException("Refusing to start the local run inside AWS Lambda (" + v
                        + " is set): it mints its own signed tokens and must never run next to real data.");
            }
        }
    }
}
