package cn.yixin.api.inspection;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoInspectionRepository;
import cn.yixin.store.InspectionRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The random-inspection store over the shared table (kept apart from StoreFactory so feature areas do not collide). */
@Factory
public class InspectionStoreFactory {

    @Singleton
    InspectionRepository inspectionRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                              Clock clock) {
        return new DynamoInspectionRepository(dynamo, table, clock);
    }
}
