package cn.yixin.api.evaluation;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoEvaluationRepository;
import cn.yixin.store.EvaluationRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The evaluation repository, kept out of the shared StoreFactory so feature areas do not edit each other's lines. */
@Factory
public class EvaluationStoreFactory {

    @Singleton
    EvaluationRepository evaluationRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                              Clock clock) {
        return new DynamoEvaluationRepository(dynamo, table, clock);
    }
}
