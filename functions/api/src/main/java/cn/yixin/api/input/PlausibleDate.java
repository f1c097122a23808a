package cn.yixin.api.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date's domain range, on top of the global one every date has ({@link StrictValues}): not before {@link #from()}
 * and, with {@link #notFuture()}, not after today in Beijing on the application's clock (issue #10 item 6: "a basis
 * date not in the future, effectiveFrom not absurdly old"). The default floor is 1998-12-14, the day the State
 * Council founded basic medical insurance for urban employees (国发〔1998〕44号): no medical-insurance credit fact
 * is older.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface PlausibleDate {

    String FOUNDING = "1998-12-14";

    String message() default "date out of its domain range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The earliest date allowed, ISO. */
    String from() default FOUNDING;

    /** Whether a date after today is refused (a document's date, a day something was received). */
    boolean notFuture() default false;
}
