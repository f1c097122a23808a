package cn.yixin.infra.deployed;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Runs in a child JVM whose class path is the unpacked Lambda jar (as {@code /var/task}) plus this class, with only the
 * environment a deployed function has: it constructs the handler the way the Java runtime does (no-argument
 * constructor, during init), then hands it one API Gateway payload-2.0 event per argument triple
 * {@code METHOD PATH BASE64(authorization + "\n" + body)} and prints {@code RESPONSE <status> <base64 body>}.
 * Uses only classes in the Lambda jar.
 */
public final class LambdaDriver {

    public static void main(String[] args) {
        APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction();
        System.out.println("READY");
        for (int i = 0; i + 2 < args.length; i += 3) {
            String[] tokenAndBody = new String(Base64.getDecoder().decode(args[i + 2]), StandardCharsets.UTF_8)
                    .split("\n", 2);
            String path = args[i + 1];
            Map<String, String> headers = new java.util.HashMap<>(Map.of("accept", "application/json",
                    "authorization", "Bearer " + tokenAndBody[0]));
            String body = tokenAndBody.length > 1 && !tokenAndBody[1].isEmpty() ? tokenAndBody[1] : null;
            if (body != null) {
                headers.put("content-type", "application/json");
                headers.put("content-length", Integer.toString(body.getBytes(StandardCharsets.UTF_8).length));
            }
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0").withRouteKey(args[i] + " " + path).withRawPath(path).withRawQueryString("")
                    .withHeaders(headers).withBody(body).withIsBase64Encoded(false)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(args[i])
                                    .withPath(path).withProtocol("HTTP/1.1").withSourceIp("198.51.100.7")
                                    .withUserAgent("deployed-function-test").build())
                            .withRequestId("req-" + i).withStage("$default").build())
                    .build();
            APIGatewayV2HTTPResponse res = handler.handleRequest(event, CONTEXT);
            String out = res.getBody() == null ? "" : res.getBody();
            System.out.println("RESPONSE " + res.getStatusCode() + " "
                    + Base64.getEncoder().encodeToString(out.getBytes(StandardCharsets.UTF_8)));
        }
        System.out.flush();
        System.exit(0);
    }

    private static final Context CONTEXT = new Context() {
        public String getAwsRequestId() { return "req"; }
        public String getLogGroupName() { return "/aws/lambda/test"; }
        public String getLogStreamName() { return "test"; }
        public String getFunctionName() { return System.getenv("AWS_LAMBDA_FUNCTION_NAME"); }
        public String getFunctionVersion() { return "1"; }
        public String getInvokedFunctionArn() { return "arn:aws-cn:lambda:cn-northwest-1:111122223333:function:test"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 15_000; }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) { System.err.println(message); }
                public void log(byte[] message) { System.err.println(new String(message, StandardCharsets.UTF_8)); }
            };
        }
    };
}
