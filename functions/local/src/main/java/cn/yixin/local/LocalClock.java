package cn.yixin.local;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.calendar.DeadlineText;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;

/**
 * The local run's clock (issue 12.4): real time, plus whole days the trainer moved it forward with
 * {@code POST /local/clock}, so a year can be rehearsed (notices, objection windows, publicity, the nightly sweep)
 * in an afternoon. It never moves back: every fact recorded so far stays in the past. The offset is kept in the data
 * directory, so a restart does not take the clock back either.
 *
 * <p>Local run only, like the token minting: the class is in {@code functions/local} (not in the Lambda package),
 * the bean requires the {@code local} environment and refuses the {@code function} environment, and its constructor
 * refuses to run inside Lambda.
 */
@Singleton
@Primary
@Requires(env = "local")
@Requires(notEnv = Environment.FUNCTION)
public class LocalClock extends Clock {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** A rehearsal spans years, not centuries. */
    static final long MAX_DAYS = 3660;

    private final Path file;
    private volatile long offsetDays;

    public LocalClock(@Nullable @Value("${yixin.local.clock-file}") String file) {
        LambdaGuard.refuseInLambda(System.getenv());
        this.file = file == null ? null : Path.of(file);
        this.offsetDays = read(this.file);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return ZoneOffset.UTC.equals(zone) ? this : new Zoned(this, zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offsetDays, ChronoUnit.DAYS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), BEIJING);
    }

    public long offsetDays() {
        return offsetDays;
    }

    /** Whether the position survives a restart (kept in the data directory). */
    public boolean persistent() {
        return file != null;
    }

    /**
     * Moves the clock forward to {@code day} (Beijing time), keeping the time of day.
     *
     * @throws DomainException INVALID {@code CLOCK_BACKWARD} (field {@code day}) for a day before today,
     *                         {@code CLOCK_TOO_FAR} beyond ten years
     */
    public synchronized LocalDate moveTo(LocalDate day) {
        LocalDate today = today();
        if (day.isBefore(today)) {
            throw ProblemCode.CLOCK_BACKWARD.withDetails(Map.of("field", "day", "today", today.toString()), ProblemCode.Bilingual.of("今天（北京时间）已是 " + DeadlineText.zhDate(today) + "，已记录的事实不能回到未来", "today (Beijing time) is already " + DeadlineText.enDate(today) + ", and facts already recorded cannot be moved into the future"));
        }
        long days = ChronoUnit.DAYS.between(today, day);
        if (offsetDays + days > MAX_DAYS) {
            throw new DomainException(DomainException.Kind.INVALID, "CLOCK_TOO_FAR",
                    "本地时钟最多只能比真实日期提前 " + MAX_DAYS + " 天。",
                    "The local clock can be at most " + MAX_DAYS + " days ahead of the real date.",
                    Map.of("field", "day"));
        }
        offsetDays += days;
        write(file, offsetDays);
        return today();
    }

    private static long read(Path file) {
        if (file == null || !Files.exists(file)) {
            return 0;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Math.max(0, Long.parseLong(p.getProperty("offsetDays", "0").trim()));
    }

    private static void write(Path file, long offsetDays) {
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("offsetDays", Long.toString(offsetDays));
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".clock", ".part");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                p.store(w, "Yixin local run: days the local clock was moved forward (POST /local/clock)");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same moving clock seen in another zone. */
    private static final class Zoned extends Clock {
        private final LocalClock base;
        private final ZoneId zone;

        Zoned(LocalClock base, ZoneId zone) {
            this.base = base;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new Zoned(base, z);
        }

        @Override
        public Instant instant() {
            return base.instant();
        }
    }
}
