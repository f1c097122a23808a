package cn.yixin.domain.tenant;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tenant's configuration, as read from {@code tenants/<id>.yaml} or the operator API. Built only by
 * {@link TenantConfigParser}, so every instance has passed its checks.
 *
 * @param parent   null for a tenant without a parent
 * @param inForce  the period in force of the source documents, or null when the file states none (issue 12.10)
 * @param document the document as parsed (maps, lists, strings, numbers, booleans), for the store to keep and
 *                 return as JSON exactly as the operator sent it
 */
public record TenantConfig(String id, String name, String region, TenantLevel level, String parent, String calendar,
                           List<String> sources, Identity identity, Timelines timelines, EvaluationPolicy evaluation,
                           SeriousDishonestyPolicy seriousDishonesty, Map<SubjectKind, String> subjectKinds,
                           Map<String, Scheme> schemes, List<CommitmentTemplate> commitments,
                           List<DefaultNote> defaults, InForce inForce, Map<String, Object> document) {

    public TenantConfig {
        sources = List.copyOf(sources);
        subjectKinds = Collections.unmodifiableMap(new EnumMap<>(subjectKinds));
        schemes = Collections.unmodifiableMap(new LinkedHashMap<>(schemes));
        commitments = List.copyOf(commitments);
        defaults = List.copyOf(defaults);
    }

    public boolean enables(SubjectKind kind) {
        return subjectKinds.containsKey(kind);
    }

    /** The scheme that rates {@code kind}, or a refusal if this tenant does not rate that kind. */
    public Scheme schemeFor(SubjectKind kind) {
        String code = subjectKinds.get(kind);
        if (code == null) {
            throw new DomainException(DomainException.Kind.INVALID, "SUBJECT_KIND_NOT_ENABLED",
                    region + "（" + id + "）未启用信用主体类型“" + kind.nameZh() + "”（" + kind + "）",
                    "Tenant " + id + " does not rate subject kind " + kind,
                    Map.of("tenant", id, "subjectKind", kind.name()));
        }
        return schemes.get(code);
    }
}
