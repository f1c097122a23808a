package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A subject's monitoring level on its profile (001 §32, R-8.1, issue 15), for staff only. A port the profile owns and
 * monitoring implements ({@code cn.yixin.api.monitoring.ProfileMonitoringLevel}), so credit does not depend on
 * monitoring.
 */
public interface MonitoringLevels {

    /** The level for a staff caller; null for the subject itself (it is not shown its monitoring level). */
    @Nullable
    Level levelFor(Caller caller, String subjectId);

    /**
     * @param level     KEY (重点监控) or GENERAL (一般监控)
     * @param since     the start of key monitoring; null under general monitoring
     * @param byGrade   true when a low grade (not a confirmed warning) put the subject under key monitoring
     */
    @Serdeable
    record Level(String level, String levelName, @Nullable LocalDate since, @Nullable String reason,
                 @Nullable LocalDate reviewOn, boolean reviewDue, boolean byGrade) {
    }
}
