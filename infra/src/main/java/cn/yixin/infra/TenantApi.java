package cn.yixin.infra;

import cn.yixin.api.OperationCatalog.Operation;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.NestedStack;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpRouteKey;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * One HTTP API for one identity provider: a JWT authorizer for that issuer (audience {@code yixin}) in front of a
 * route per operation, each integrated with its operation's {@code live} alias. An HTTP API route takes a single
 * authorizer and a JWT authorizer a single issuer, so each issuer (a province's unified identity platform, or the
 * platform operators') gets its own API; the functions behind them are shared, and verify the token again.
 * A nested stack, so that adding tenants never pushes the main stack towards CloudFormation's resource limit.
 */
public final class TenantApi extends NestedStack {

    public static final String AUDIENCE = "yixin";

    private final HttpApi api;

    /** Micronaut's {@code SecurityRule.IS_ANONYMOUS}, the role of the operations anyone may call. */
    static final String ANONYMOUS = "isAnonymous()";

    public TenantApi(Construct scope, String id, String issuer, List<String> tenants, List<Operation> operations,
                     Map<String, JavaFunction> functions) {
        super(scope, id);
        this.api = HttpApi.Builder.create(this, "Api")
                .apiName("yixin-" + id)
                .description("Yixin API for tokens from " + issuer + " (tenants " + String.join(", ", tenants) + ")")
                .createDefaultStage(true)
                .build();
        HttpJwtAuthorizer authorizer = HttpJwtAuthorizer.Builder.create("Jwt", issuer)
                .authorizerName("jwt")
                .jwtAudience(List.of(AUDIENCE))
                .identitySource(List.of("$request.header.Authorization"))
                .build();
        for (Operation op : operations) {
            JavaFunction fn = functions.get(op.name());
            HttpRoute.Builder route = HttpRoute.Builder.create(this, op.name())
                    .httpApi(api)
                    .routeKey(HttpRouteKey.with(op.path(), HttpMethod.valueOf(op.method())))
                    .integration(new HttpLambdaIntegration(op.name() + "Integration", fn.alias()));
            // Public operations (a repair publicity, a report verification, a consent query) carry no JWT: the
            // gateway must let them through; the function itself answers only what the public may see.
            if (!op.roles().contains(ANONYMOUS)) {
                route.authorizer(authorizer);
            }
            route.build();
        }
        CfnOutput.Builder.create(this, "Url").value(api.getApiEndpoint()).build();
    }

    public HttpApi api() {
        return api;
    }
}
