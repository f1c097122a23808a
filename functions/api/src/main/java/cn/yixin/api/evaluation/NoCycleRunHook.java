package cn.yixin.api.evaluation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Production: runs are never interrupted on purpose. */
@Singleton
@Requires(property = "yixin.test.cycle-hook", notEquals = "true")
public class NoCycleRunHook implements CycleRunHook {
}
