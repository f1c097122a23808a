package cn.yixin.api.disclosure;

import cn.yixin.domain.disclosure.ConsentPart;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Request bodies of the authorised real-time query (004 §21). */
public final class ConsentRequests {

    private ConsentRequests() {
    }

    /**
     * A consent: the third party by name (a bank, an employer, an insurer, a hospital hiring a doctor), what it may
     * see, and the last day it may (inclusive, at most the tenant's {@code disclosure.consentMaxDays} from today).
     */
    @Serdeable
    public record Grant(@NotBlank @Size(min = 2, max = 100) String grantee,
                        @Nullable @Size(max = 200) String purpose,
                        @NotNull ConsentPart part,
                        @NotNull LocalDate until) {
    }

    /** The third party's query: the subject it asks about (the token goes in the X-Consent-Token header). */
    @Serdeable
    public record Query(@NotBlank @Size(max = 64) String subjectId) {
    }
}
