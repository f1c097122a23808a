package cn.yixin.api;

import cn.yixin.api.testing.ApiUnderTest;
import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The catalog is the source of truth for infra/ and the README: it must list exactly the routes the code serves. */
class OperationCatalogTest {

    @Test
    @DisplayName("Every route the application serves is in the operation catalog with the same roles, and nothing more")
    void catalogMatchesRoutes() {
        Router router = ApiUnderTest.shared().context().getBean(Router.class);
        Set<String> served = new TreeSet<>();
        for (UriRouteInfo<?, ?> r : router.uriRoutes().map(x -> (UriRouteInfo<?, ?>) x).toList()) {
            if (r.getHttpMethod() == HttpMethod.HEAD) {
                continue; // Micronaut answers HEAD for every GET; the gateway routes them together
            }
            String path = r.getUriMatchTemplate().toPathString();
            String op = r.getTargetMethod().getDeclaringType().getSimpleName()
                    .replace("$Definition$Intercepted", "").replace("$", "");
            List<String> roles = Arrays.asList(r.getTargetMethod().getDeclaringType().getAnnotation(Secured.class).value());
            served.add(op + " " + r.getHttpMethod() + " " + path + " " + new TreeSet<>(roles));
        }
        Set<String> catalog = OperationCatalog.ALL.stream()
                .map(o -> o.name() + " " + HttpMethod.parse(o.method()) + " " + o.path() + " " + new TreeSet<>(o.roles()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalog, served);
    }

    @Test
    @DisplayName("Read operations have no write action; names are unique")
    void readsDoNotWrite() {
        Set<String> names = new HashSet<>();
        for (OperationCatalog.Operation o : OperationCatalog.ALL) {
            assertFalse(!names.add(o.name()), "duplicate " + o.name());
            if (o.method().equals("GET")) {
                assertFalse(o.writes(), o.name() + " is a read with write rights");
            }
        }
    }
}
