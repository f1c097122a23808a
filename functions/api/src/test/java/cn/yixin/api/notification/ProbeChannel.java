package cn.yixin.api.notification;

import cn.yixin.domain.subject.Subject;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A test channel: records every notice it sends and fails for the subjects a test names. */
@Singleton
@Requires(property = "yixin.test.probe-channel", value = "true")
public class ProbeChannel implements NotificationChannel {

    public final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    public final Set<String> failFor = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public void send(Subject subject, Notice notice) {
        if (failFor.contains(subject.id())) {
            throw new IllegalStateException("probe channel down for " + subject.id());
        }
        sent.add(subject.id() + "/" + notice.id());
    }
}
