package cn.yixin.api.testing;

import cn.yixin.api.OperationCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The harness holds each request to its operation's catalogued DynamoDB rights, as the IAM roles in infra/ do. */
class CatalogEnforcementTest {

    @Test
    @DisplayName("Least privilege: a read operation's request cannot write, nor query an index it is not granted")
    void readsCannotWrite() {
        var client = (CatalogEnforcingDynamoDbClient) ApiUnderTest.shared().dynamo();
        var readProfile = OperationCatalog.byName("ReadProfile").orElseThrow();
        DynamoDbException put = assertThrows(DynamoDbException.class, () -> CatalogEnforcingDynamoDbClient.during(
                readProfile, () -> client.putItem(PutItemRequest.builder().tableName("yixin")
                        .item(Map.of("pk", AttributeValue.fromS("T#440000#X"), "sk", AttributeValue.fromS("X"))).build())));
        assertEquals("AccessDeniedException", put.awsErrorDetails().errorCode());
        assertThrows(DynamoDbException.class, () -> CatalogEnforcingDynamoDbClient.during(readProfile,
                () -> client.query(QueryRequest.builder().tableName("yixin").indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("x"))).build())));
    }

    @Test
    @DisplayName("Requests are matched to catalog entries the way the router matches them: literal segments first")
    void routing() {
        assertEquals("FindSubjectByIdentifier", CatalogEnforcingDynamoDbClient.operationFor("POST", "/subjects/search").name());
        assertEquals("ReadProfile", CatalogEnforcingDynamoDbClient.operationFor("GET", "/subjects/S123").name());
        assertEquals("ListSubjects", CatalogEnforcingDynamoDbClient.operationFor("GET", "/subjects").name());
    }
}
