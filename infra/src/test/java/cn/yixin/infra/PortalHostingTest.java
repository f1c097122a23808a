package cn.yixin.infra;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's static hosting (issue 19) on its own small stack: a private bucket reachable only through CloudFront,
 * HTTPS and security headers, and the tenant API's CORS set to the portal's origin and nothing else.
 * {@code YixinStackTest.theTenantApisAllowThePortalOriginOnly} checks the wiring in the real stack.
 */
class PortalHostingTest {

    record Synth(Template main, Template api) {
    }

    static Synth synth(Map<String, Object> context) throws Exception {
        Path out = Files.createTempDirectory("cdk.out");
        App app = new App(AppProps.builder().outdir(out.toString()).context(context).build());
        Stack stack = new Stack(app, "PortalOnly");
        TenantApi api = new TenantApi(stack, "Tenants500119", "https://ids.example.cn/cq", List.of("500119"),
                List.of(), Map.of());
        new PortalHosting(stack, "Portal", List.of(api));
        return new Synth(Template.fromStack(stack), Template.fromStack(api));
    }

    @Test
    @DisplayName("The bucket is private, encrypted, TLS-only; CloudFront reads it through origin access control")
    void privateBucketBehindCloudFront() throws Exception {
        Template t = synth(Map.of()).main();
        t.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Match.objectLike(Map.of()),
                "WebsiteConfiguration", Match.absent()));
        t.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        t.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))),
                Match.objectLike(Map.of("Effect", "Allow", "Action", "s3:GetObject",
                        "Principal", Map.of("Service", "cloudfront.amazonaws.com"))))))));
        t.hasResourceProperties("AWS::CloudFront::Distribution", Map.of("DistributionConfig", Match.objectLike(Map.of(
                "DefaultRootObject", "index.html",
                "DefaultCacheBehavior", Match.objectLike(Map.of("ViewerProtocolPolicy", "redirect-to-https",
                        "AllowedMethods", List.of("GET", "HEAD")))))));
    }

    @Test
    @DisplayName("Every response carries a CSP that allows the portal's own scripts only, HSTS and no framing")
    void securityHeaders() throws Exception {
        Template t = synth(Map.of()).main();
        t.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Map.of("ResponseHeadersPolicyConfig",
                Match.objectLike(Map.of("SecurityHeadersConfig", Match.objectLike(Map.of(
                        "ContentSecurityPolicy", Map.of("ContentSecurityPolicy",
                                Match.stringLikeRegexp(".*script-src 'self';.*frame-ancestors 'none'.*"), "Override", true),
                        "FrameOptions", Map.of("FrameOption", "DENY", "Override", true),
                        "StrictTransportSecurity", Match.objectLike(Map.of("AccessControlMaxAgeSec", 31536000))))))));
    }

    @Test
    @DisplayName("The tenant API allows the distribution's own origin, one origin, no credentials")
    void corsForTheDistributionOrigin() throws Exception {
        Map<String, Object> api = synth(Map.of()).api().toJSON();
        Map<String, Object> cors = corsOf(api);
        List<?> origins = (List<?>) cors.get("AllowOrigins");
        assertEquals(1, origins.size());
        assertFalse(origins.get(0).toString().contains("*"), "never a wildcard: " + origins);
        assertTrue(origins.get(0).toString().contains("https://"), "the distribution's https origin: " + origins);
        assertEquals(false, cors.get("AllowCredentials"));
        assertTrue(((List<?>) cors.get("AllowHeaders")).containsAll(List.of("authorization", "idempotency-key", "if-match", "x-file-name")));
    }

    @Test
    @DisplayName("A portal with its own (ICP-recorded) domain: yixin:portalOrigin is the one origin allowed")
    void corsForAConfiguredOrigin() throws Exception {
        Map<String, Object> api = synth(Map.of("yixin:portalOrigin", "https://credit.ybj.example.cn/")).api().toJSON();
        assertEquals(List.of("https://credit.ybj.example.cn"), corsOf(api).get("AllowOrigins"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> corsOf(Map<String, Object> template) {
        return ((Map<String, Object>) template.get("Resources")).values().stream()
                .map(r -> (Map<String, Object>) r)
                .filter(r -> "AWS::ApiGatewayV2::Api".equals(r.get("Type")))
                .map(r -> (Map<String, Object>) ((Map<String, Object>) r.get("Properties")).get("CorsConfiguration"))
                .findFirst().orElseThrow();
    }
}
