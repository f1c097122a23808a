package cn.yixin.api.eligibility;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoEligibilityRepository;
import cn.yixin.store.EligibilityRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The eligibility ledgers over the shared table (kept apart from StoreFactory so feature areas do not collide). */
@Factory
public class EligibilityStoreFactory {

    @Singleton
    EligibilityRepository eligibilityRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                                Clock clock) {
        return new DynamoEligibilityRepository(dynamo, table, clock);
    }
}
