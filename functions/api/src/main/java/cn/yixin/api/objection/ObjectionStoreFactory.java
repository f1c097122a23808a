package cn.yixin.api.objection;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoObjectionRepository;
import cn.yixin.store.ObjectionRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The objection store over the shared table (kept apart from StoreFactory so feature areas do not collide). */
@Factory
public class ObjectionStoreFactory {

    @Singleton
    ObjectionRepository objectionRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                            Clock clock) {
        return new DynamoObjectionRepository(dynamo, table, clock);
    }
}
