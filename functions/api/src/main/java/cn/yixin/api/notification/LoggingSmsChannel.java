package cn.yixin.api.notification;

import cn.yixin.domain.subject.Subject;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS as the local run and the tests have it: the message is logged with the masked number only. A
 * deployment supplies its SMS gateway as another {@link NotificationChannel} named "sms" and this one steps aside.
 */
@Singleton
@Requires(missingProperty = "yixin.sms.gateway")
public class LoggingSmsChannel implements NotificationChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsChannel.class);

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public void send(Subject subject, Notice notice) {
        if (subject.phone() == null) {
            return;
        }
        LOG.info("SMS to {} (subject {}): 【医保信用】{}", subject.phone().masked(), subject.id(), notice.titleZh());
    }
}
