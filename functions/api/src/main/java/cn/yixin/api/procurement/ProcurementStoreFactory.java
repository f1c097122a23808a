package cn.yixin.api.procurement;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoProcurementRepository;
import cn.yixin.store.ProcurementRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The procurement cases over the shared table (kept apart from StoreFactory so feature areas do not collide). */
@Factory
public class ProcurementStoreFactory {

    @Singleton
    ProcurementRepository procurementRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                                Clock clock) {
        return new DynamoProcurementRepository(dynamo, table, clock);
    }
}
