package cn.yixin.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigatewayv2.CfnApi;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.ErrorResponse;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

import java.util.Collection;
import java.util.List;

/**
 * The web portal's static hosting (issue 19, docs/portal.md): the built {@code portal/dist} in a private S3 bucket,
 * served only through CloudFront (origin access control; no public bucket, no website endpoint), HTTPS only, with
 * security headers (CSP that allows scripts from the portal alone, HSTS, no framing, no sniffing). Both are offered
 * in aws-cn; there CloudFront serves only an ICP-recorded domain of one's own, given as {@code yixin:portalOrigin}.
 *
 * <p>The tenant APIs get CORS for the portal's origin and nothing else: the distribution's domain, or
 * {@code yixin:portalOrigin} (e.g. {@code https://credit.ybj.cq.gov.cn}) when the portal has its own domain. The
 * platform operators' API gets none (the portal does not serve them). Bearer tokens, no cookies: no credentials mode.
 * Deploy the files with {@code aws s3 sync portal/dist s3://<PortalBucket> --delete} plus a {@code portal-config.json}
 * naming the API and each tenant's identity provider (docs/portal.md).
 */
public final class PortalHosting extends Construct {

    /** The request headers the portal sends (docs/security.md: idempotency, conditional writes, file names). */
    public static final List<String> ALLOWED_HEADERS = List.of("authorization", "content-type", "accept-language",
            "idempotency-key", "if-match", "x-file-name", "content-disposition");
    /** The response headers the portal reads. */
    public static final List<String> EXPOSED_HEADERS = List.of("idempotent-replayed", "etag", "location",
            "content-disposition");

    private final Bucket bucket;
    private final Distribution distribution;
    private final String origin;

    public PortalHosting(Construct scope, String id, Collection<TenantApi> tenantApis) {
        super(scope, id);
        this.bucket = Bucket.Builder.create(this, "Files")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        ResponseHeadersPolicy headers = ResponseHeadersPolicy.Builder.create(this, "SecurityHeaders")
                .comment("Yixin portal: CSP, HSTS, no framing, no sniffing")
                .securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
                        .contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder()
                                .contentSecurityPolicy("default-src 'self'; script-src 'self'; style-src 'self'; "
                                        + "img-src 'self' data: blob:; connect-src 'self' https:; "
                                        + "frame-ancestors 'none'; base-uri 'none'; form-action 'self' https:; "
                                        + "object-src 'none'")
                                .override(true).build())
                        .strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
                                .accessControlMaxAge(Duration.days(365)).includeSubdomains(true).override(true).build())
                        .frameOptions(ResponseHeadersFrameOptions.builder()
                                .frameOption(HeadersFrameOption.DENY).override(true).build())
                        .contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
                        .referrerPolicy(ResponseHeadersReferrerPolicy.builder()
                                .referrerPolicy(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN).override(true).build())
                        .build())
                .build();
        this.distribution = Distribution.Builder.create(this, "Cdn")
                .comment("Yixin web portal")
                .defaultRootObject("index.html")
                .httpVersion(HttpVersion.HTTP2_AND_3)
                .priceClass(PriceClass.PRICE_CLASS_ALL)
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(bucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .compress(true)
                        .responseHeadersPolicy(headers)
                        .build())
                // One index.html for every path (a bookmarked deep link): S3 answers 403 for a missing key.
                .errorResponses(List.of(
                        ErrorResponse.builder().httpStatus(403).responseHttpStatus(200).responsePagePath("/index.html")
                                .ttl(Duration.minutes(5)).build(),
                        ErrorResponse.builder().httpStatus(404).responseHttpStatus(200).responsePagePath("/index.html")
                                .ttl(Duration.minutes(5)).build()))
                .build();
        Object configured = scope.getNode().tryGetContext("yixin:portalOrigin");
        this.origin = configured != null ? configured.toString().replaceAll("/+$", "")
                : "https://" + distribution.getDistributionDomainName();
        for (TenantApi api : tenantApis) {
            allowPortal(api.api());
        }
        CfnOutput.Builder.create(this, "PortalBucket").value(bucket.getBucketName())
                .description("aws s3 sync portal/dist s3://<this> --delete").build();
        CfnOutput.Builder.create(this, "PortalUrl").value(origin).description("The portal's origin (CORS of the tenant APIs)").build();
    }

    /** CORS on one HTTP API: the portal's origin only, its methods and headers, preflight cached for an hour. */
    private void allowPortal(HttpApi api) {
        CfnApi cfn = (CfnApi) api.getNode().getDefaultChild();
        cfn.setCorsConfiguration(CfnApi.CorsProperty.builder()
                .allowOrigins(List.of(origin))
                .allowMethods(List.of("GET", "POST", "PUT"))
                .allowHeaders(ALLOWED_HEADERS)
                .exposeHeaders(EXPOSED_HEADERS)
                .allowCredentials(false)
                .maxAge(3600)
                .build());
    }

    public Bucket bucket() {
        return bucket;
    }

    public Distribution distribution() {
        return distribution;
    }
}
