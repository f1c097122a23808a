package cn.yixin.infra;

import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.iam.ArnPrincipal;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.SessionTagsPrincipal;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant data access roles: the only roles in the stack that can touch tenant items. One per access profile
 * (the set of DynamoDB actions, and whether index queries are needed), so a read function can only ever assume a role
 * that cannot write. Each role's policy already fences items to the session's {@code tenant} tag
 * ({@code T#${aws:PrincipalTag/tenant}#*}); the function additionally passes {@code TenantSessionPolicy} when it
 * assumes the role, so the fence holds twice. Only the execution roles of the functions that need a profile may
 * assume it, and only with a {@code tenant} session tag.
 */
public final class TenantAccessRoles extends Construct {

    /** Fence used in every access role's statement: the session's tenant tag, as the leading key's prefix. */
    public static final String LEADING_KEY_FROM_TAG = "T#${aws:PrincipalTag/tenant}#*";

    /** What a function may do with its tenant's items. */
    public record Profile(List<String> actions, boolean indexes) {
        String id() {
            return String.join("", actions.stream().map(a -> a.replace("dynamodb:", "")).toList())
                    + (indexes ? "Idx" : "");
        }
    }

    private final ITable table;
    private final Map<Profile, Role> roles = new LinkedHashMap<>();

    public TenantAccessRoles(Construct scope, String id, ITable table) {
        super(scope, id);
        this.table = table;
    }

    /** Lets {@code requester} assume the role for {@code profile} (creating it on first use); returns that role. */
    public IRole allow(IRole requester, Profile profile) {
        Role role = roles.get(profile);
        IPrincipal principal = new SessionTagsPrincipal(new ArnPrincipal(requester.getRoleArn()))
                .withConditions(Map.of("StringLike", Map.of("aws:RequestTag/tenant", "??????")));
        if (role == null) {
            role = Role.Builder.create(this, profile.id())
                    .assumedBy(principal)
                    .description("Tenant data access (" + String.join(", ", profile.actions()) + "), fenced to "
                            + "the session's tenant tag")
                    .build();
            role.addToPrincipalPolicy(PolicyStatement.Builder.create()
                    .sid("TenantItemsOnly")
                    .effect(Effect.ALLOW)
                    .actions(profile.actions())
                    .resources(profile.indexes()
                            ? List.of(table.getTableArn(), table.getTableArn() + "/index/*")
                            : List.of(table.getTableArn()))
                    .conditions(Map.of(
                            "ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", List.of(LEADING_KEY_FROM_TAG)),
                            "Null", Map.of("dynamodb:LeadingKeys", "false")))
                    .build());
            roles.put(profile, role);
        } else {
            role.getAssumeRolePolicy().addStatements(PolicyStatement.Builder.create()
                    .effect(Effect.ALLOW)
                    .principals(List.of(new ArnPrincipal(requester.getRoleArn())))
                    .actions(List.of("sts:AssumeRole", "sts:TagSession"))
                    .conditions(Map.of("StringLike", Map.of("aws:RequestTag/tenant", "??????")))
                    .build());
        }
        requester.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .sid("AssumeTenantAccess")
                .effect(Effect.ALLOW)
                .actions(List.of("sts:AssumeRole", "sts:TagSession"))
                .resources(List.of(role.getRoleArn()))
                .build());
        return role;
    }

    public Map<Profile, Role> roles() {
        return roles;
    }
}
