package cn.yixin.api.tenancy;

import cn.yixin.domain.tenant.InForce;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;

/**
 * The rulebook a configuration version rests on, and whether its source documents are in force on a day (issue
 * 12.10; 004 §43: Guangdong's measures are in force from 2024-07-01 for two years). Evaluating, deciding or notifying
 * under a lapsed rulebook is not refused (the bureau may have a reason: a renewal in the press), but it is never
 * silent: the answer carries this block with {@code lapsed: true} and a warning, and the function logs it for the
 * bureau's monitoring (no personal data: tenant, version, dates).
 *
 * @param status IN_FORCE, LAPSING (within {@link InForce#WARN_DAYS} days of its end), LAPSED, NOT_YET_IN_FORCE, or
 *               NOT_STATED (the tenant file gives no period)
 */
@Serdeable
public record Rulebook(String tenantId, int configVersion, String status, boolean lapsed, @Nullable LocalDate inForceFrom,
                       @Nullable LocalDate inForceUntil, @Nullable String basis, @Nullable Warning warning) {

    private static final Logger LOG = LoggerFactory.getLogger(Rulebook.class);

    @Serdeable
    public record Warning(String code, String zh, String en) {
    }

    public static Rulebook of(ActiveConfig cfg, LocalDate today) {
        InForce p = cfg.config().inForce();
        String t = cfg.config().id();
        int v = cfg.version();
        if (p == null) {
            return new Rulebook(t, v, "NOT_STATED", false, null, null, null, null);
        }
        if (p.lapsedOn(today)) {
            return new Rulebook(t, v, "LAPSED", true, p.from(), p.until(), p.basis(), new Warning("RULEBOOK_LAPSED",
                    "本地区信用管理办法（" + p.basis() + "）有效期至 " + p.until() + "，已经失效；当前仍按第 " + v
                            + " 版配置执行，请尽快确认新的依据并更新配置。",
                    "The rulebook's source (" + p.basis() + ") was in force until " + p.until() + " and has lapsed; "
                            + "configuration version " + v + " is still applied. Confirm the new basis and update the "
                            + "configuration."));
        }
        if (p.notYetOn(today)) {
            return new Rulebook(t, v, "NOT_YET_IN_FORCE", false, p.from(), p.until(), p.basis(), new Warning(
                    "RULEBOOK_NOT_YET_IN_FORCE",
                    "本地区信用管理办法（" + p.basis() + "）自 " + p.from() + " 起施行，尚未生效。",
                    "The rulebook's source (" + p.basis() + ") is in force only from " + p.from() + "."));
        }
        if (p.lapsesSoon(today)) {
            return new Rulebook(t, v, "LAPSING", false, p.from(), p.until(), p.basis(), new Warning("RULEBOOK_LAPSING",
                    "本地区信用管理办法（" + p.basis() + "）有效期至 " + p.until() + "，即将失效，请及时确认新的依据。",
                    "The rulebook's source (" + p.basis() + ") is in force until " + p.until()
                            + "; confirm the new basis in time."));
        }
        return new Rulebook(t, v, "IN_FORCE", false, p.from(), p.until(), p.basis(), null);
    }

    /** The header form, for answers whose body is a stored idempotent answer (decisions): ASCII only. */
    public String header() {
        return status + "; configVersion=" + configVersion + (inForceUntil == null ? "" : "; until=" + inForceUntil);
    }

    /** Sets {@code Yixin-Rulebook} on the answer when the rulebook lapsed, is lapsing or not yet in force. */
    public static <T> io.micronaut.http.HttpResponse<T> onAnswer(io.micronaut.http.HttpResponse<T> answer, Rulebook r) {
        if (r.warning() != null && answer instanceof io.micronaut.http.MutableHttpResponse<T> m) {
            m.header(HEADER, r.header());
        }
        return answer;
    }

    public static final String HEADER = "Yixin-Rulebook";

    /** Lapsed or lapsing: the platform's list of rulebooks needing attention (issue 12.10). */
    public boolean needsAttention() {
        return lapsed || "LAPSING".equals(status);
    }

    /**
     * The block for an answer of something done under {@code cfg} (a run, a decision, a publication, a revision): the
     * rulebook, logged as a warning when it has lapsed or is not yet in force, so the bureau's monitoring sees it too.
     */
    public static Rulebook flagged(ActiveConfig cfg, LocalDate today, String what) {
        Rulebook r = of(cfg, today);
        if (r.lapsed() || "NOT_YET_IN_FORCE".equals(r.status())) {
            LOG.warn("rulebook {}: tenant {} {} under configuration version {} whose source ({}) is in force {}..{}",
                    r.status(), r.tenantId(), what, r.configVersion(), r.basis(), r.inForceFrom(), r.inForceUntil());
        }
        return r;
    }
}
