package cn.yixin.api.disclosure;

import cn.yixin.store.ConsentRepository;
import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoConsentRepository;
import cn.yixin.store.DynamoReportRepository;
import cn.yixin.store.ReportRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The disclosure repositories over the one table (kept beside the feature rather than in the shared StoreFactory). */
@Factory
public class DisclosureStoreFactory {

    @Singleton
    ReportRepository reportRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoReportRepository(dynamo, table);
    }

    @Singleton
    ConsentRepository consentRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoConsentRepository(dynamo, table);
    }
}
