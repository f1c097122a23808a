package cn.yixin.api.pii;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Picks the {@link PiiKeySource}: the stack's secret when its ARN is set, else keys in configuration, else none
 * (fails on use, never a default key).
 */
@Factory
class PiiKeySources {

    // @Context: read at start even where the function's context is otherwise lazy (ApiHandler, issue 18).
    @Context
    @Requires(property = "yixin.pii.secret-arn")
    PiiKeySource fromSecret(@Value("${yixin.pii.secret-arn}") String secretArn) {
        PiiKeys keys = SecretsManagerPiiKeys.read(secretArn); // once, at init: a request never waits on it
        return () -> keys;
    }

    @Singleton
    @Requires(missingProperty = "yixin.pii.secret-arn")
    @Requires(property = "yixin.pii.lookup-key")
    PiiKeySource fromConfiguration(@Value("${yixin.pii.lookup-key}") String lookup,
                                   @Value("${yixin.pii.sealing-key}") String sealing) {
        PiiKeys keys = PiiKeys.fromBase64(lookup, sealing, "yixin.pii.lookup-key", "yixin.pii.sealing-key");
        return () -> keys;
    }

    @Singleton
    @Requires(missingProperty = "yixin.pii.secret-arn")
    @Requires(missingProperty = "yixin.pii.lookup-key")
    PiiKeySource none() {
        return () -> {
            throw new IllegalStateException("no PII keys in this function: the stack gives YIXIN_PII_SECRET_ARN only "
                    + "to the functions that handle personal identifiers (PersonalDataOperations)");
        };
    }
}
