package cn.yixin.api.testing;

import cn.yixin.api.lambda.PartitionOrderedStreamHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table's stream as Lambda's event source mapping hands it to a consumer: the real stream of DynamoDB Local,
 * read shard by shard from the trim horizon and converted to Lambda's event model.
 */
public final class TableStream {

    private TableStream() {
    }

    /** A Lambda event of these records. */
    public static DynamodbEvent event(List<DynamodbEvent.DynamodbStreamRecord> records) {
        DynamodbEvent e = new DynamodbEvent();
        e.setRecords(records);
        return e;
    }

    /** Every record of the table's stream in one partition, in sequence order, in Lambda's event model. */
    public static List<DynamodbEvent.DynamodbStreamRecord> partition(ApiUnderTest api, String pk) {
        DynamoDbStreamsClient streams = api.streams();
        String arn = api.dynamo().describeTable(b -> b.tableName("yixin")).table().latestStreamArn();
        List<Record> found = new ArrayList<>();
        for (Shard shard : streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards()) {
            String it = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (it != null) {
                String current = it;
                var page = streams.getRecords(b -> b.shardIterator(current).limit(1000));
                page.records().stream().filter(r -> pk.equals(r.dynamodb().keys().get("pk").s())).forEach(found::add);
                it = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        found.sort(Comparator.comparing(r -> new BigInteger(r.dynamodb().sequenceNumber())));
        return found.stream().map(TableStream::toLambda).toList();
    }

    private static DynamodbEvent.DynamodbStreamRecord toLambda(Record r) {
        var sr = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord();
        sr.setSequenceNumber(r.dynamodb().sequenceNumber());
        sr.setKeys(toLambda(r.dynamodb().keys()));
        if (r.dynamodb().hasNewImage()) {
            sr.setNewImage(toLambda(r.dynamodb().newImage()));
        }
        if (r.dynamodb().hasOldImage()) {
            sr.setOldImage(toLambda(r.dynamodb().oldImage()));
        }
        sr.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.NEW_AND_OLD_IMAGES);
        DynamodbEvent.DynamodbStreamRecord out = new DynamodbEvent.DynamodbStreamRecord();
        out.setEventID(r.eventID());
        out.setEventName(r.eventNameAsString());
        out.setEventSource("aws:dynamodb");
        out.setDynamodb(sr);
        return out;
    }

    private static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toLambda(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> out = new LinkedHashMap<>();
        item.forEach((k, v) -> out.put(k, toLambda(v)));
        return out;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambda(AttributeValue v) {
        var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        if (v.s() != null) {
            out.setS(v.s());
        } else if (v.n() != null) {
            out.setN(v.n());
        } else if (v.bool() != null) {
            out.setBOOL(v.bool());
        } else if (Boolean.TRUE.equals(v.nul())) {
            out.setNULL(true);
        } else if (v.hasM()) {
            out.setM(toLambda(v.m()));
        } else if (v.hasL()) {
            out.setL(v.l().stream().map(TableStream::toLambda).toList());
        } else if (v.hasSs()) {
            out.setSS(v.ss());
        } else if (v.hasNs()) {
            out.setNS(v.ns());
        } else if (v.b() != null) {
            out.setB(v.b().asByteBuffer());
        }
        return out;
    }

    /**
     * Hands the records to a consumer as its event source mapping would, held to the rights infra/ gives the
     * background jobs ({@code job} names it in a refusal).
     */
    public static StreamsEventResponse deliver(String job, PartitionOrderedStreamHandler<?> consumer,
                                               List<DynamodbEvent.DynamodbStreamRecord> records) {
        return CatalogEnforcingDynamoDbClient.asStreamConsumer(job, () -> consumer.execute(event(records)));
    }
}
