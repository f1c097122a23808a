package cn.yixin.infra;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.iam.AccountPrincipal;

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
 * assumes the role, so the fence holds twice. Only this stack's roles may assume it, only with a {@code tenant}
 * session tag, and only the functions whose own policy names the profile's role.
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

    /**
     * The condition every access role's trust policy carries: the caller is one of this stack's roles (by name
     * prefix; the functions' roles, nested stacks included) and tags its session with a six-digit tenant. Trust goes
     * one way, from the access role to a name pattern, not to each function's role: the functions live in nested
     * stacks and already reference the access role, so naming them back would make a dependency cycle. Which
     * function may assume which profile is decided by the functions' own policies ({@code AssumeTenantAccess}).
     */
    public static Map<String, Object> trustConditions() {
        return Map.of(
                "StringLike", Map.of("aws:RequestTag/tenant", "??????"),
                "ArnLike", Map.of("aws:PrincipalArn",
                        Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${AWS::StackName}-*")));
    }

    /** Lets {@code requester} assume the role for {@code profile} (creating it on first use); returns that role. */
    public IRole allow(IRole requester, Profile profile) {
        Role role = roles.get(profile);
        if (role == null) {
            IPrincipal principal = new SessionTagsPrincipal(new AccountPrincipal(Aws.ACCOUNT_ID))
                    .withConditions(trustConditions());
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
