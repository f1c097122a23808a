package cn.yixin.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Hands out the DynamoDB client for one tenant's keys. In the cloud it returns a client whose credentials carry an
 * IAM session policy limiting dynamodb:LeadingKeys to {@code T#<tenant>#*}, so even a bug in tenant handling cannot
 * read another tenant; locally and in tests every tenant shares one DynamoDB Local client.
 */
public interface DynamoClients {

    DynamoDbClient forTenant(String tenantId);

    /** For the platform's own registry, which sits outside every tenant prefix. */
    DynamoDbClient platform();

    static DynamoClients shared(DynamoDbClient client) {
        return new DynamoClients() {
            @Override
            public DynamoDbClient forTenant(String tenantId) {
                return client;
            }

            @Override
            public DynamoDbClient platform() {
                return client;
            }
        };
    }
}
