package cn.yixin.api.security;

import cn.yixin.api.problem.Problems;
import cn.yixin.domain.subject.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.RouteAttributes;

import java.util.Optional;

/**
 * Authorisation before anything else an operation does (R-1.3, R-5.8; issue 10 item 1): a credit subject acts only on
 * its own {@code /subjects/{subjectId}/…} routes. Checked once, for every route that names a subject, after the token
 * is verified and before the operation runs — so before an idempotent replay, a read or a write. Another subject's id
 * answers 404 {@code SUBJECT_NOT_FOUND}, exactly as an id that does not exist, so ids cannot be probed.
 *
 * <p>Bureau staff are not narrowed here: their tenant comes from the token and every key is built under it, so
 * another tenant's subject is not found by construction.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SubjectRouteGuard implements Ordered {

    static final String SUBJECT_VARIABLE = "subjectId";

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
        if (auth.isEmpty()) {
            return null; // anonymous routes, or @Secured answers 401 itself
        }
        Caller caller = Caller.of(auth.get());
        if (!caller.has(Role.CREDIT_SUBJECT)) {
            return null;
        }
        String routeSubject = routeSubject(request);
        if (routeSubject == null || routeSubject.equals(caller.subjectId())) {
            return null;
        }
        return Problems.of(request, Caller.subjectNotFound(routeSubject));
    }

    @Nullable
    private static String routeSubject(HttpRequest<?> request) {
        Object value = RouteAttributes.getRouteMatch(request)
                .map(m -> m.getVariableValues().get(SUBJECT_VARIABLE))
                .orElse(null);
        return value == null ? null : value.toString();
    }
}
