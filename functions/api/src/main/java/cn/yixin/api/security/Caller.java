package cn.yixin.api.security;

import cn.yixin.domain.ProblemCode;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.subject.Role;
import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, taken from the verified token and nowhere else (ARCHITECTURE: tenancy). Every operation gets its
 * tenant from here: there is no tenant in a bureau path or body, so a caller cannot even name another tenant.
 */
public record Caller(String userId, String tenantId, Set<Role> roles, String subjectId) {

    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";
    public static final String SUBJECT_CLAIM = "subject_id";
    public static final String PLATFORM_TENANT = "platform";

    public static Caller of(Authentication auth) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object claimed = auth.getAttributes().get(ROLES_CLAIM);
        if (claimed instanceof Collection<?> c) {
            c.forEach(r -> Role.fromClaim(String.valueOf(r)).ifPresent(roles::add));
        }
        Object tenant = auth.getAttributes().get(TENANT_CLAIM);
        Object subject = auth.getAttributes().get(SUBJECT_CLAIM);
        return new Caller(auth.getName(), tenant == null ? null : tenant.toString(), Set.copyOf(roles),
                subject == null ? null : subject.toString());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isBureauStaff() {
        return roles.stream().anyMatch(Role::isBureauStaff);
    }

    /** The tenant this caller acts in; a platform operator has none and must name one in the path. */
    public String tenant() {
        if (tenantId == null || PLATFORM_TENANT.equals(tenantId)) {
            throw DomainException.forbidden("NO_TENANT_IN_TOKEN", "此令牌不属于任何地区，不能访问地区数据。",
                    "This token belongs to no tenant and cannot reach a tenant's data.");
        }
        return tenantId;
    }

    /**
     * Bureau staff read any subject of their tenant; a credit subject only itself (R-5.8: authorised query).
     * Another subject's id answers as if it did not exist, so ids cannot be probed.
     */
    public void requireMayRead(String subjectId) {
        if (isBureauStaff() || (has(Role.CREDIT_SUBJECT) && subjectId.equals(this.subjectId))) {
            return;
        }
        throw subjectNotFound(subjectId);
    }

    /** A credit subject acting for itself, or bureau staff acting for any subject of the tenant. */
    public boolean actsForSelf(String subjectId) {
        return has(Role.CREDIT_SUBJECT) && subjectId.equals(this.subjectId);
    }

    public static DomainException subjectNotFound(String subjectId) {
        return ProblemCode.SUBJECT_NOT_FOUND.of(ProblemCode.Bilingual.of("编号为 " + subjectId, subjectId));
    }
}
