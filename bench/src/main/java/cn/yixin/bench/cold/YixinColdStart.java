package cn.yixin.bench.cold;

import cn.yixin.api.lambda.ApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.MockLambdaContext;

import java.util.Map;

/**
 * One cold function, the whole process timed from outside (bench/run-cold-start): the Java runtime's way to build
 * the handler (no-argument constructor, during init), then one API Gateway payload-2.0 event, {@code GET /config}
 * with the fixture's bearer token. Runs on the Lambda jar's class path plus this class; exits 0 on a 200.
 * {@code -Dbench.requests=N} answers N events (an archive's training run uses a few); {@code -Dbench.counts=true}
 * prints the context's bean-definition and created-bean counts.
 */
public final class YixinColdStart {

    public static void main(String[] args) {
        ApiHandler handler = new ApiHandler();
        int n = Integer.getInteger("bench.requests", 1);
        int status = 0;
        for (int i = 0; i < n; i++) {
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0").withRouteKey("GET /config").withRawPath("/config").withRawQueryString("")
                    .withHeaders(Map.of("accept", "application/json",
                            "authorization", "Bearer " + System.getenv("BENCH_TOKEN")))
                    .withIsBase64Encoded(false)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                    .withPath("/config").withProtocol("HTTP/1.1").withSourceIp("198.51.100.7")
                                    .withUserAgent("cold-start").build())
                            .withRequestId("cold-" + i).withStage("$default").build())
                    .build();
            APIGatewayV2HTTPResponse res = handler.handleRequest(event, new MockLambdaContext());
            status = res.getStatusCode();
            if (status != 200) {
                System.err.println("HTTP " + status + " " + res.getBody());
            }
        }
        if (Boolean.getBoolean("bench.counts")) {
            // Definitions the context knows, and singletons it has created by now (start + the requests).
            var ctx = handler.getApplicationContext();
            System.out.println("BEANS definitions " + ctx.getAllBeanDefinitions().size() + " created "
                    + ctx.getActiveBeanRegistrations(Object.class).size());
        }
        System.out.println("STATUS " + status);
        System.exit(status == 200 ? 0 : 1);
    }
}
