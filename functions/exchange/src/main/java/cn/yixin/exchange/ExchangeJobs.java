package cn.yixin.exchange;

import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.exchange.CorrectionDeadline;
import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoOutboxRepository;
import cn.yixin.store.OutboxRepository;
import cn.yixin.store.SubjectRepository;
import cn.yixin.store.TenantSummary;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * The exchange's two scheduled jobs built from one context holding both the API's beans (DynamoDB, the archive, the
 * identifier protector) and the exchange database's (a configured {@code datasources.default}): the outbox poller and
 * the inbound importer, over every onboarded tenant. The local run schedules them ({@code LocalExchange}); in the cloud
 * each is its own scheduled function ({@code ExchangeFunctions}).
 */
@Singleton
@Requires(property = "datasources.default.url")
public class ExchangeJobs {

    /** What one scheduled run did. */
    public record Run(OutboxPoller.Report outbound, InboundImporter.Report inbound) {
    }

    private final BeanContext context;
    private final String table;
    private final int batchSize;
    private final int maxAttempts;

    public ExchangeJobs(BeanContext context, @Value("${yixin.table:yixin}") String table,
                        @Value("${yixin.exchange.batch-size:200}") int batchSize,
                        @Value("${yixin.exchange.max-attempts:5}") int maxAttempts) {
        this.context = context;
        this.table = table;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
    }

    public List<String> tenants() {
        return context.getBean(TenantDirectory.class).list().stream().map(TenantSummary::tenantId).toList();
    }

    public OutboxRepository outbox() {
        return new DynamoOutboxRepository(context.getBean(DynamoClients.class), table);
    }

    public OutboundRows rows() {
        IdentifierProtector protector = context.getBean(IdentifierProtector.class);
        TenantDirectory tenants = context.getBean(TenantDirectory.class);
        return new OutboundRows(protector::unseal,
                (tenant, day) -> CorrectionDeadline.dueOn(tenants.current(tenant).calendar(), day));
    }

    public OutboxPoller poller() {
        return new OutboxPoller(outbox(), context.getBean(SubjectRepository.class),
                context.getBean(ExchangeWriter.class), rows(), this::tenants, context.getBean(Clock.class), batchSize,
                maxAttempts, null);
    }

    public InboundImporter importer() {
        return new InboundImporter(context.getBean(InboundItemRepository.class),
                context.getBean(OutboundItemRepository.class), ApiInboundArchive.from(context), this::tenants,
                context.getBean(Clock.class), batchSize);
    }

    public CorrectionPropagations propagations() {
        return new CorrectionPropagations(outbox(), context.getBean(OutboundItemRepository.class),
                context.getBean(DeadLetterRepository.class), rows());
    }

    /** Outbound first (a repair decision may name a publication just shared), then inbound. */
    public Run runOnce() {
        return new Run(poller().runOnce(), importer().runOnce());
    }
}
