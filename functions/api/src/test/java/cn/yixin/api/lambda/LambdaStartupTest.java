package cn.yixin.api.lambda;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import cn.yixin.store.YixinTable;
import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The function starts as Lambda starts it: the function environment with every singleton created at start. The
 * lazy contexts of the other suites never create beans nobody asks for, so a missing dependency of one (the JWKS
 * fetcher's HTTP client) only shows here.
 */
class LambdaStartupTest {

    @Test
    @DisplayName("The Lambda context starts with every singleton created eagerly and serves a request")
    void eagerStart() {
        var dynamo = DynamoDBEmbedded.create().dynamoDbClient();
        YixinTable.createIfMissing(dynamo, "yixin");
        Map<String, Object> props = new HashMap<>(ApiUnderTest.properties());
        props.put("yixin.priming.enabled", false);
        try (ApplicationContext ctx = ApplicationContext.builder()
                .environments(Environment.FUNCTION, Environment.AMAZON_EC2)
                .deduceEnvironment(false)
                .eagerInitSingletons(true)
                .properties(props)
                .singletons(dynamo)
                .start()) {
            assertEquals(cn.yixin.api.notification.Notifier.Delivery.STREAM,
                    ctx.getBean(cn.yixin.api.notification.Notifier.class).delivery(),
                    "R-5.7: in the function environment SMS leaves from the table's stream, not the request");
            APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction(ctx);
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRawPath("/config")
                    .withHeaders(Map.of("authorization", "Bearer " + TestIdentity.bureau("440000", "auditor")))
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET")
                                    .withPath("/config").build()).build())
                    .build();
            var res = handler.handleRequest(event, new MockLambdaContext());
            // No tenant is onboarded in this fresh table: the request got through security to the operation.
            assertEquals(404, res.getStatusCode(), res.getBody());
            assertEquals("TENANT_NOT_FOUND", new Response(res.getStatusCode(), res.getHeaders(), res.getBody(),
                    ctx.getBean(io.micronaut.json.JsonMapper.class)).str("code"));
        }
    }
}
