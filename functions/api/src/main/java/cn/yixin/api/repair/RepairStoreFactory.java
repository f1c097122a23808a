package cn.yixin.api.repair;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoRepairRepository;
import cn.yixin.store.RepairRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The repair repository over the one table (kept beside the feature rather than in the shared StoreFactory). */
@Factory
public class RepairStoreFactory {

    @Singleton
    RepairRepository repairRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table, Clock clock) {
        return new DynamoRepairRepository(dynamo, table, clock);
    }
}
