package cn.yixin.api.measure;

import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoSubjectStandings;
import cn.yixin.store.SubjectStandings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The bulk standing reader (who is under a measure; the population of an inspection draw). */
@Factory
public class MeasureStoreFactory {

    @Singleton
    SubjectStandings subjectStandings(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoSubjectStandings(dynamo, table);
    }
}
