import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload1.ApiGatewayProxyRequestEventFunction;

import java.util.Map;

/**
 * The public twin's cold function (Vadym79/AWSLambdaJavaWithMicronaut, micronaut-4.7: its template's handler), timed
 * like Yixin's: no-argument constructor, then one API Gateway event, GET /products/1 from the fixture's table.
 * Compiled by bench/run-cold-start against the twin's own jar, which is built outside this repository.
 */
public final class PeerColdStart {

    public static void main(String[] args) {
        ApiGatewayProxyRequestEventFunction handler = new ApiGatewayProxyRequestEventFunction();
        int n = Integer.getInteger("bench.requests", 1);
        int status = 0;
        for (int i = 0; i < n; i++) {
            APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                    .withHttpMethod("GET").withPath("/products/1").withResource("/products/{id}")
                    .withPathParameters(Map.of("id", "1"))
                    .withHeaders(Map.of("accept", "application/json"))
                    .withRequestContext(new APIGatewayProxyRequestEvent.ProxyRequestContext()
                            .withHttpMethod("GET").withPath("/products/1").withRequestId("cold-" + i)
                            .withStage("prod"));
            APIGatewayProxyResponseEvent res = handler.handleRequest(event, new MockLambdaContext());
            status = res.getStatusCode();
            if (status != 200) {
                System.err.println("HTTP " + status + " " + res.getBody());
            }
        }
        System.out.println("STATUS " + status);
        System.exit(status == 200 ? 0 : 1);
    }
}
