package cn.yixin.api.config;

import cn.yixin.store.CalendarRepository;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.DynamoCalendarRepository;
import cn.yixin.store.DynamoClients;
import cn.yixin.store.DynamoCreditArchiveRepository;
import cn.yixin.store.DynamoIdempotencyRepository;
import cn.yixin.store.DynamoSubjectRepository;
import cn.yixin.store.DynamoTenantConfigRepository;
import cn.yixin.store.IdempotencyRepository;
import cn.yixin.store.NoticeRepository;
import cn.yixin.store.DocumentRepository;
import cn.yixin.store.DynamoDocumentRepository;
import cn.yixin.store.AttachmentRepository;
import cn.yixin.store.DynamoAttachmentRepository;
import cn.yixin.store.DynamoNoticeRepository;
import cn.yixin.store.SubjectRepository;
import cn.yixin.store.TenantConfigRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The DynamoDB client and the repositories over it. In Lambda the client comes from the environment (region and
 * credentials, the lightweight URL-connection HTTP client for a faster cold start); the local run and the tests
 * replace it with a DynamoDB Local client.
 */
@Factory
public class StoreFactory {

    @Singleton
    @Requires(missingBeans = DynamoDbClient.class)
    DynamoDbClient dynamoDbClient() {
        return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    /** One client for every tenant; the Lambda deployment replaces this with tenant-fenced credentials. */
    @Singleton
    @Requires(missingBeans = DynamoClients.class)
    DynamoClients dynamoClients(DynamoDbClient dynamo) {
        return DynamoClients.shared(dynamo);
    }

    @Singleton
    TenantConfigRepository tenantConfigRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoTenantConfigRepository(dynamo, table);
    }

    @Singleton
    CalendarRepository calendarRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoCalendarRepository(dynamo, table);
    }

    @Singleton
    SubjectRepository subjectRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table, Clock clock) {
        return new DynamoSubjectRepository(dynamo, table, clock);
    }

    @Singleton
    CreditArchiveRepository creditArchiveRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                                    Clock clock) {
        return new DynamoCreditArchiveRepository(dynamo, table, clock);
    }

    @Singleton
    IdempotencyRepository idempotencyRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table,
                                                Clock clock) {
        return new DynamoIdempotencyRepository(dynamo, table, clock);
    }

    @Singleton
    NoticeRepository noticeRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoNoticeRepository(dynamo, table);
    }

    @Singleton
    AttachmentRepository attachmentRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoAttachmentRepository(dynamo, table);
    }

    @Singleton
    DocumentRepository documentRepository(DynamoClients dynamo, @Value("${yixin.table:yixin}") String table) {
        return new DynamoDocumentRepository(dynamo, table);
    }
}
