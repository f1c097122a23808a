package cn.yixin.domain.inspection;

import java.time.Instant;
import java.util.List;

/**
 * One inspector of a tenant's roster (检查人员名录库, R-7.2). {@code linkedSubjectIds} are the subjects the inspector
 * must not inspect (a relative's pharmacy, a former employer): a draw never sends the inspector there. When the
 * inspector is also a registered subject ({@code personSubjectId}), the institutions linked to that person
 * (SubjectLink: legal representative, principal…) are conflicts too, resolved at each draw.
 *
 * @param name       the name masked as every individual's is (张**)
 * @param nameSealed the name in full, sealed with the tenant's key (IdentifierProtector), never stored in clear
 */
public record Inspector(String id, String name, String nameSealed, String personSubjectId,
                        List<String> linkedSubjectIds, String registeredBy, Instant registeredAt) {

    public Inspector {
        linkedSubjectIds = List.copyOf(linkedSubjectIds);
    }
}
