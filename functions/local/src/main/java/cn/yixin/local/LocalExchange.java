package cn.yixin.local;

import cn.yixin.exchange.ExchangeJobs;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * The local run's exchange database (issue 14): H2 as a file under the data directory ({@code exchange/}), or in
 * memory with {@code --in-memory}, its schema made by the same Flyway migrations as PostgreSQL's. The outbox poller and
 * the inbound importer run on a schedule ({@code yixin.exchange.period}, 10 s by default), as the cloud's scheduled
 * functions do.
 */
@Singleton
@Requires(property = "yixin.exchange.schedule", value = "true")
public class LocalExchange {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LocalExchange.class);

    private final ExchangeJobs jobs;
    private final io.micronaut.context.BeanContext context;
    private volatile boolean stopping;

    public LocalExchange(ExchangeJobs jobs, io.micronaut.context.BeanContext context) {
        this.jobs = jobs;
        this.context = context;
    }

    /** A run the scheduler starts while the context closes finds its beans gone: nothing to report then. */
    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
    }

    @Scheduled(fixedDelay = "${yixin.exchange.period:10s}", initialDelay = "${yixin.exchange.period:10s}")
    void run() {
        if (stopping || !context.isRunning()) {
            return;
        }
        try {
            ExchangeJobs.Run run = jobs.runOnce();
            if (run.outbound().written() + run.inbound().accepted() + run.inbound().rejected() > 0) {
                LOG.info("Exchange: {} outbound written, {} inbound accepted, {} rejected", run.outbound().written(),
                        run.inbound().accepted(), run.inbound().rejected());
            }
        } catch (RuntimeException e) {
            if (stopping || !context.isRunning()) {
                return;
            }
            LOG.warn("Exchange run failed; the next one retries", e);
        }
    }
}
