package cn.yixin.api.adversary;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One concrete request to one catalogued operation, made by one caller: what the adversarial suites send, change and
 * replay. Immutable; {@code with…} gives a changed copy.
 */
record Call(OperationCatalog.Operation op, String path, Who who, String contentType, String body,
            Map<String, String> headers) {

    /** A caller: tenant, roles and, for a credit subject, its subject id. Null tenant means no token at all. */
    record Who(String tenant, List<String> roles, String subjectId, String sub) {

        Who(String tenant, List<String> roles, String subjectId) {
            this(tenant, roles, subjectId, null);
        }

        static Who staff(String tenant, String role) {
            return new Who(tenant, List.of(role), null);
        }

        static Who subject(String tenant, String subjectId) {
            return new Who(tenant, List.of("credit_subject"), subjectId);
        }

        static Who operator() {
            return new Who("platform", List.of("platform_operator"), null);
        }

        static Who anonymous() {
            return new Who(null, List.of(), null);
        }

        /** The same tenant and roles, but another person (another {@code sub}). */
        Who anotherUser() {
            return new Who(tenant, roles, subjectId, "another-user-of-" + TestIdentity.stableUser(tenant, roles, subjectId));
        }

        Who inTenant(String other) {
            return new Who(other, roles, subjectId, sub);
        }

        boolean anonymousCaller() {
            return tenant == null;
        }

        String token() {
            if (tenant == null) {
                return null;
            }
            return TestIdentity.sign(TestIdentity.key(), TestIdentity.ISSUER, TestIdentity.AUDIENCE,
                    sub == null ? TestIdentity.stableUser(tenant, roles, subjectId) : sub, tenant, roles, subjectId,
                    java.time.Instant.now().plusSeconds(600));
        }

        @Override
        public String toString() {
            return tenant == null ? "anonymous" : tenant + roles + (subjectId == null ? "" : "/" + subjectId);
        }
    }

    static Call of(OperationCatalog.Operation op, String path, Who who) {
        return new Call(op, path, who, null, null, Map.of());
    }

    Call json(String json) {
        return new Call(op, path, who, "application/json", json, headers);
    }

    Call body(String type, String raw) {
        return new Call(op, path, who, type, raw, headers);
    }

    Call by(Who other) {
        return new Call(op, path, other, contentType, body, headers);
    }

    Call at(String otherPath) {
        return new Call(op, otherPath, who, contentType, body, headers);
    }

    Call header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (value == null) {
            h.remove(name);
        } else {
            h.put(name, value);
        }
        return new Call(op, path, who, contentType, body, h);
    }

    /** Sends it through the real payload-2.0 handler with a freshly signed token of {@link #who}. */
    Response send(ApiUnderTest api) {
        return sendWithToken(api, who.token());
    }

    /** Sends it with an Authorization value of the caller's making (token-variant suite); null sends none. */
    Response sendWithAuthorization(ApiUnderTest api, String authorization) {
        ApiUnderTest.Request r = api.request(op.method(), path);
        if (authorization != null) {
            r.header("authorization", authorization);
        }
        return finish(r);
    }

    private Response sendWithToken(ApiUnderTest api, String token) {
        return finish(api.request(op.method(), path).token(token));
    }

    private Response finish(ApiUnderTest.Request r) {
        headers.forEach(r::header);
        if (body != null) {
            if ("application/pdf".equals(contentType)) {
                r.bytes(contentType, body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } else {
                r.body(contentType, body);
            }
        }
        return r.send();
    }

    @Override
    public String toString() {
        return op.method() + " " + path + " as " + who;
    }
}
