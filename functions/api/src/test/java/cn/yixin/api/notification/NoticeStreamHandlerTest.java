package cn.yixin.api.notification;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Fixtures;
import cn.yixin.api.testing.TableStream;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.NoticeRepository;
import cn.yixin.store.SubjectRepository;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R-5.7 notices by SMS and every other non-inbox channel, delivered from the table's stream: the real stream of
 * DynamoDB Local, read as Lambda's event source mapping reads it and handed to the real handler.
 */
class NoticeStreamHandlerTest {

    static final ApiUnderTest api = ApiUnderTest.shared();
    static final String TENANT = "500119";

    private final ProbeChannel probe = api.context().getBean(ProbeChannel.class);
    private final NoticeStreamHandler handler = new NoticeStreamHandler(api.context());
    /** The function environment's notifier: it writes the inbox only and leaves the channels to the stream. */
    private final Notifier streamed = new Notifier(api.context().getBean(NoticeRepository.class),
            List.copyOf(api.context().getBeansOfType(NotificationChannel.class)), Notifier.Delivery.STREAM);

    @Test
    @DisplayName("R-5.7 stream delivery: a notice written to the inbox goes out once through the other channels; "
            + "the subject's other stream records are ignored")
    void deliveredOnce() {
        String id = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "流式告知医院");
        Fixtures.record(api, TENANT, id, Fixtures.positive("HONOUR", Fixtures.today().minusDays(3)));
        Notice n = notice(id, "ONE");
        assertTrue(streamed.notify(subject(id), n));
        assertEquals(List.of(), sentTo(id), "stream mode sends nothing in the request");

        List<DynamodbEvent.DynamodbStreamRecord> records = streamOf(id);
        assertTrue(records.size() >= 4, "registration, archive entry, standing change and notice: " + records.size());
        StreamsEventResponse res = TableStream.deliver("DeliverNotices", handler, records);
        assertEquals(List.of(), res.getBatchItemFailures());
        assertEquals(List.of(id + "/" + n.id()), sentTo(id), "delivered exactly once");

        List<DynamodbEvent.DynamodbStreamRecord> others = records.stream()
                .filter(r -> !r.getDynamodb().getKeys().get("sk").getS().startsWith("N#")).toList();
        assertTrue(others.stream().anyMatch(r -> "MODIFY".equals(r.getEventName())));
        assertEquals(List.of(), TableStream.deliver("DeliverNotices", handler, others).getBatchItemFailures());
        assertEquals(1, sentTo(id).size(), "non-notice records send nothing");
    }

    @Test
    @DisplayName("R-5.7 stream delivery: a failing channel reports exactly that record for retry; the others go out; "
            + "a subject's later notices wait behind its failed one")
    void partialBatchFailure() {
        String failing = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "短信失败医院");
        String fine = Fixtures.register(api, TENANT, "DESIGNATED_HOSPITAL", "短信正常医院");
        probe.failFor.add(failing);
        try {
            Notice bad = notice(failing, "BAD");
            Notice good = notice(fine, "GOOD");
            streamed.notify(subject(failing), bad);
            streamed.notify(subject(fine), good);
            List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>(streamOf(failing));
            records.addAll(streamOf(fine));
            records.sort(Comparator.comparing(r -> new BigInteger(r.getDynamodb().getSequenceNumber())));
            String badSeq = noticeSeq(records, bad);

            StreamsEventResponse res = TableStream.deliver("DeliverNotices", handler, records);
            assertEquals(List.of(badSeq), res.getBatchItemFailures().stream()
                    .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
            assertEquals(List.of(fine + "/" + good.id()), sentTo(fine));
            assertEquals(List.of(), sentTo(failing));

            // A second notice of the failing subject is held behind the first, unsent, to keep the order.
            Notice later = notice(failing, "LATER");
            streamed.notify(subject(failing), later);
            List<DynamodbEvent.DynamodbStreamRecord> retry = streamOf(failing).stream()
                    .filter(r -> r.getDynamodb().getKeys().get("sk").getS().startsWith("N#")).toList();
            assertEquals(List.of(badSeq, noticeSeq(retry, later)), TableStream.deliver("DeliverNotices", handler, retry).getBatchItemFailures()
                    .stream().map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());

            // The channel recovers: the retry delivers both, in order.
            probe.failFor.remove(failing);
            assertEquals(List.of(), TableStream.deliver("DeliverNotices", handler, retry).getBatchItemFailures());
            assertEquals(List.of(failing + "/" + bad.id(), failing + "/" + later.id()), sentTo(failing));
        } finally {
            probe.failFor.remove(failing);
        }
    }

    private static Notice notice(String subjectId, String event) {
        return new Notice(Notice.idFor("STREAM_TEST", event, subjectId), TENANT, subjectId, "TEST_NOTICE",
                "测试告知书 " + event, "正文", LocalDate.of(2026, 12, 7), "REF-" + event, Instant.now());
    }

    private static Subject subject(String id) {
        return api.context().getBean(SubjectRepository.class).find(TENANT, id).orElseThrow();
    }

    private List<String> sentTo(String subjectId) {
        synchronized (probe.sent) {
            return probe.sent.stream().filter(s -> s.startsWith(subjectId + "/")).toList();
        }
    }

    private static String noticeSeq(List<DynamodbEvent.DynamodbStreamRecord> records, Notice n) {
        return records.stream().filter(r -> ("N#" + n.id()).equals(r.getDynamodb().getKeys().get("sk").getS()))
                .map(r -> r.getDynamodb().getSequenceNumber()).findFirst().orElseThrow();
    }

    private static List<DynamodbEvent.DynamodbStreamRecord> streamOf(String subjectId) {
        return TableStream.partition(api, "T#" + TENANT + "#S#" + subjectId);
    }
}
