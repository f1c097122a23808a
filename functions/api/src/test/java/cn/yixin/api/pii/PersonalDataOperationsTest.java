package cn.yixin.api.pii;

import cn.yixin.api.testing.ApiUnderTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * issue 10 item 9: the stack gives the PII secret only to the functions that handle personal identifiers, and
 * {@link PersonalDataOperations} says which. This keeps that list equal to what the code does: an operation (or job
 * handler) is on it exactly when its bean reaches {@link IdentifierProtector} through injection, so a new operation
 * that starts sealing identifiers cannot ship without the key (nor an old one keep a right it no longer needs).
 */
class PersonalDataOperationsTest {

    @Test
    @DisplayName("R-2.2: the operations given the PII secret are exactly those whose beans reach IdentifierProtector")
    void operationsMatchTheInjectionGraph() {
        ApplicationContext ctx = ApiUnderTest.shared().context();
        Set<String> reaching = new TreeSet<>();
        for (UriRouteInfo<?, ?> r : ctx.getBean(Router.class).uriRoutes().map(x -> (UriRouteInfo<?, ?>) x).toList()) {
            if (r.getHttpMethod() == HttpMethod.HEAD) {
                continue;
            }
            Class<?> type = r.getTargetMethod().getDeclaringType();
            if (reaches(ctx, type)) {
                reaching.add(type.getSimpleName().replace("$Definition$Intercepted", "").replace("$", ""));
            }
        }
        assertEquals(reaching, new TreeSet<>(PersonalDataOperations.OPERATIONS));
    }

    @Test
    @DisplayName("R-2.2: the background jobs given the PII secret are exactly those whose handlers reach IdentifierProtector")
    void jobsMatchTheInjectionGraph() throws Exception {
        ApplicationContext ctx = ApiUnderTest.shared().context();
        Set<String> reaching = new TreeSet<>();
        for (String handler : List.of("cn.yixin.api.notification.NoticeStreamHandler",
                "cn.yixin.api.evaluation.ResultRevisionStreamHandler", "cn.yixin.api.sweep.DailySweepHandler",
                "cn.yixin.api.evaluation.EvaluationCycleHandler")) {
            if (reaches(ctx, Class.forName(handler))) {
                reaching.add(handler);
            }
        }
        assertEquals(reaching, new TreeSet<>(PersonalDataOperations.JOB_HANDLERS));
    }

    /** Whether the bean of this type, or anything it is injected with (transitively), is IdentifierProtector. */
    static boolean reaches(ApplicationContext ctx, Class<?> start) {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(start));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (type == IdentifierProtector.class) {
                return true;
            }
            if (!seen.add(type) || type.getName().startsWith("java.")) {
                continue;
            }
            // Every candidate for the type (an interface's implementations, the class itself).
            Collection<BeanDefinition<?>> defs = new ArrayList<>(ctx.getBeanDefinitions(type));
            for (BeanDefinition<?> def : defs) {
                List<Argument<?>> args = new ArrayList<>(List.of(def.getConstructor().getArguments()));
                def.getInjectedFields().forEach(f -> args.add(f.asArgument()));
                def.getInjectedMethods().forEach(m -> args.addAll(List.of(m.getArguments())));
                for (Argument<?> a : args) {
                    todo.push(a.getType());
                    for (Argument<?> p : a.getTypeParameters()) {
                        todo.push(p.getType());
                    }
                }
            }
        }
        return false;
    }
}
