package cn.yixin.api.monitoring;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoMonitoringRepository;
import cn.yixin.store.MonitoringRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The monitoring store over the shared table (kept apart from StoreFactory so feature areas do not collide). */
@Factory
public class MonitoringStoreFactory {

    @Singleton
    MonitoringRepository monitoringRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                              Clock clock) {
        return new DynamoMonitoringRepository(dynamo, table, clock);
    }
}
