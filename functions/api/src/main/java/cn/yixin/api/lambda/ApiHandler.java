package cn.yixin.api.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.http.exceptions.UriSyntaxException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every operation's Lambda handler: Micronaut's payload-2.0 function, with one guard in front of it. The library
 * builds the request URI before any filter or error handler of ours runs, so a path with a broken percent escape
 * ({@code /subjects/S%E0%A4%A}) would escape it as an exception — a 502 at the gateway instead of a 400 a client can
 * act on (issue 10 item 7). Such a request is answered here, as problem+json like every other bad input.
 */
public class ApiHandler extends APIGatewayV2HTTPEventFunction {

    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** Lambda's constructor: the context starts from the function's environment. */
    public ApiHandler() {
        super();
    }

    /** Over a started context (the test harness, the benchmarks). */
    public ApiHandler(ApplicationContext context) {
        super(context);
    }

    /**
     * The library's Lambda builder creates every singleton and configuration bean at start. That pays where SnapStart
     * keeps the result (the init runs once, at publish, with {@link Priming}); where there is no SnapStart (aws-cn,
     * the stack sets {@code YIXIN_PRIMING_ENABLED=false}) it makes every cold start build the beans of all the other
     * operations too, while each function answers one. There the context starts lazily: a function creates what its
     * own operation's request asks for (issue 18; {@code LambdaStartupTest} still starts the eager context in every
     * build, so wiring errors cannot hide behind laziness).
     */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        if (eagerStart(System.getenv("YIXIN_PRIMING_ENABLED"))) {
            return super.newApplicationContextBuilder();
        }
        // The library's builder with the same environments and without its eager flags (which, once set, cannot
        // be unset: eagerInitSingletons(false) leaves them on).
        return ApplicationContext.builder().environments(Environment.FUNCTION, "lambda");
    }

    /** Eager exactly when priming runs (the same default as {@link Priming}: on unless {@code false}). */
    static boolean eagerStart(String primingEnabled) {
        return !"false".equalsIgnoreCase(primingEnabled == null ? "" : primingEnabled.trim());
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context lambdaContext) {
        if (event != null && (broken(event.getRawPath()) || broken(event.getRawQueryString()))) {
            return badPath();
        }
        try {
            return super.handleRequest(event, lambdaContext);
        } catch (UriSyntaxException e) {
            return badPath();
        }
    }

    private static boolean broken(String s) {
        return s != null && BROKEN_ESCAPE.matcher(s).find();
    }

    private static APIGatewayV2HTTPResponse badPath() {
        String zh = "请求地址含有无效的百分号编码，请检查后重试。";
        String en = "The request path has an invalid percent-encoding.";
        String body = "{\"type\":\"urn:yixin:problem:INVALID_PATH\",\"title\":\"请求有误\",\"status\":400,"
                + "\"code\":\"INVALID_PATH\",\"detail\":\"" + zh + "\",\"field\":\"path\",\"messages\":{\"zh\":\"" + zh
                + "\",\"en\":\"" + en + "\"}}";
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(400)
                .withHeaders(Map.of("Content-Type", "application/problem+json", "X-Content-Type-Options", "nosniff"))
                .withBody(body)
                .build();
    }
}
