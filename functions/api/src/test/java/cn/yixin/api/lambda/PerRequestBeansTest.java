package cn.yixin.api.lambda;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Response;
import cn.yixin.api.testing.TestIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.LambdaContextFactory;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A warm function serves thousands of requests from one context: nothing may add to that context per request
 * (issue 18: the library's default Lambda context factory added two bean definitions a request, and own time grew
 * with the number of requests served). Served through the real {@link ApiHandler} with a Lambda context each time.
 */
class PerRequestBeansTest {

    @Test
    @DisplayName("1,000 requests through the real handler leave the bean-definition count where it was")
    void beanCountFlat() {
        ApiUnderTest api = ApiUnderTest.shared();
        String auditor = TestIdentity.bureau("440300", "auditor");
        Response first = api.get("/config", auditor);
        assertEquals(200, first.status(), first.body());
        int before = api.context().getAllBeanDefinitions().size();
        for (int i = 0; i < 1_000; i++) {
            Response r = api.get("/config", auditor);
            assertEquals(200, r.status(), r.body());
        }
        int after = api.context().getAllBeanDefinitions().size();
        assertEquals(before, after, "bean definitions before and after 1,000 requests");
        assertFalse(api.context().containsBean(LambdaLogger.class), "no request's logger became a singleton");
        assertFalse(api.context().containsBean(Context.class), "no request's Lambda context became a singleton");
    }

    @Test
    @DisplayName("Control: the library's default factory does grow the count, so the measure above can fail")
    void defaultFactoryGrows() {
        try (ApplicationContext ctx = ApplicationContext.run(ApiUnderTest.properties(), "test")) {
            int before = ctx.getAllBeanDefinitions().size();
            DefaultLambdaContextFactory library = new DefaultLambdaContextFactory(ctx);
            for (int i = 0; i < 10; i++) {
                library.registerSingletons(new MockLambdaContext());
            }
            assertEquals(before + 20, ctx.getAllBeanDefinitions().size(), "a Context and a LambdaLogger a request");
        }
    }

    @Test
    @DisplayName("The handler's context factory is the one that registers nothing")
    void factoryReplaced() {
        assertInstanceOf(NoPerRequestBeans.class, ApiUnderTest.shared().context().getBean(LambdaContextFactory.class));
    }
}
