package cn.yixin.api.input;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** {@link PlausibleDate} on the application's clock (tests and the local run move it), Beijing's calendar day. */
@Singleton
final class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final Clock clock;

    PlausibleDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate value, AnnotationValue<PlausibleDate> annotation,
                           ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        LocalDate from = LocalDate.parse(annotation.stringValue("from").orElse(PlausibleDate.FOUNDING));
        boolean notFuture = annotation.booleanValue("notFuture").orElse(false);
        return !value.isBefore(from) && !(notFuture && value.isAfter(LocalDate.now(clock.withZone(BEIJING))));
    }
}
