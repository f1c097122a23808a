package cn.yixin.api.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.LambdaContextFactory;
import jakarta.inject.Singleton;

/**
 * Replaces micronaut-function-aws's {@link DefaultLambdaContextFactory}, which registers the request's Lambda
 * {@link Context}, its {@code LambdaLogger} (and client context, identity) as new singleton bean definitions on every
 * request and never removes them: the context grows by two definitions a request, ~1 KB retained, and every later
 * bean lookup walks the longer list, so a warm function's own time grew by ~1 ms per 1,000 requests served (issue 18).
 *
 * <p>Nothing in Yixin injects the Lambda context or its logger (logging goes through SLF4J; the request id reaches
 * the logs through CloudWatch), so this factory registers nothing. {@code PerRequestBeansTest} holds the count flat.
 */
@Singleton
@Replaces(DefaultLambdaContextFactory.class)
public class NoPerRequestBeans implements LambdaContextFactory {

    @Override
    public void registerSingletons(Context context) {
        // Deliberately nothing: a per-request object is not an application-wide singleton.
    }
}
