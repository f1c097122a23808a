package cn.yixin.api.objection;

import cn.yixin.api.credit.RecordRequest;
import cn.yixin.domain.objection.Channel;
import cn.yixin.domain.objection.DisputeTarget;
import cn.yixin.domain.objection.ObjectionGround;
import cn.yixin.domain.objection.Outcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** Request bodies of the objection operations. */
public final class ObjectionRequests {

    private ObjectionRequests() {
    }

    /**
     * An objection. Online by the subject itself; offline (paper at the counter) registered by bureau staff
     * with the day it was received and, if the subject received the notice on a known later day, that day.
     *
     * @param attachments ids of evidence uploaded first through {@code POST /subjects/{id}/attachments}
     */
    @Serdeable
    public record File(
            @NotNull DisputeTarget target,
            @NotNull @Size(max = 64) String targetId,
            @NotNull ObjectionGround ground,
            @Nullable @Size(max = 4000) String statement,
            @Nullable @Size(max = 20) List<@Size(max = 64) String> attachments,
            @Nullable Channel channel,
            @Nullable LocalDate receivedOn,
            @Nullable LocalDate noticeReceivedOn) {
    }

    /** The corrected content (or withdrawal) of the disputed record, as a correction of the archive. */
    @Serdeable
    public record Correction(@Nullable @Valid RecordRequest replacement, boolean withdraw,
                             @Nullable @Size(max = 64) String recordId) {
    }

    /**
     * A decision or a review decision: CORRECTED with the correction, or MAINTAINED; reasons always.
     *
     * @param sourceReply for information forwarded to its external source, the source's reply reference
     */
    @Serdeable
    public record Decision(@NotNull Outcome outcome, @Nullable @Size(max = 2000) String reasons,
                           @Nullable @Valid Correction correction, @Nullable @Size(max = 200) String sourceReply) {
    }

    /** The subject asks the level above to review the decision. */
    @Serdeable
    public record ReviewRequest(@Nullable @Size(max = 4000) String statement) {
    }
}
