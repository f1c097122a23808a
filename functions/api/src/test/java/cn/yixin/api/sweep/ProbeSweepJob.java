package cn.yixin.api.sweep;

import cn.yixin.api.tenancy.ActiveConfig;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A test job: records each call and fails for one tenant, to check the sweep's isolation of failures. */
@Singleton
@Requires(property = "yixin.test.probe-sweep", value = "true")
public class ProbeSweepJob implements SweepJob {

    public static final String FAILING_TENANT = "510000";
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public int run(ActiveConfig tenant, LocalDate today) {
        calls.add(tenant.config().id() + "@" + today);
        if (FAILING_TENANT.equals(tenant.config().id())) {
            throw new IllegalStateException("injected failure");
        }
        return 1;
    }
}
