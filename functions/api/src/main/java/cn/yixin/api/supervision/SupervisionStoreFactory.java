package cn.yixin.api.supervision;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoSupervisionRepository;
import cn.yixin.store.SupervisionRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The supervision item store over the shared table (kept apart from StoreFactory so feature areas do not collide). */
@Factory
public class SupervisionStoreFactory {

    @Singleton
    SupervisionRepository supervisionRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                                Clock clock) {
        return new DynamoSupervisionRepository(dynamo, table, clock);
    }
}
