package cn.yixin.infra;

import cn.yixin.api.OperationCatalog;
import cn.yixin.api.OperationCatalog.Operation;
import software.amazon.awscdk.CfnOutput;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway: the platform operators' API (platform operations, platform issuer) and one API per tenant identity
 * provider found in {@code tenants/*.yaml} (every tenant-scoped operation, that issuer). Onboarding a tenant with a new
 * issuer is therefore a tenant file plus a {@code cdk deploy}.
 */
public final class HttpApis extends Construct {

    private final Map<String, TenantApi> apis = new LinkedHashMap<>();

    public HttpApis(Construct scope, String id, String platformIssuer, List<TenantIssuers.Issuer> issuers,
                    Map<String, JavaFunction> functions) {
        super(scope, id);
        List<Operation> platform = OperationCatalog.ALL.stream().filter(o -> !o.tenantScoped()).toList();
        List<Operation> tenant = OperationCatalog.ALL.stream().filter(Operation::tenantScoped).toList();
        add("Platform", new TenantApi(this, "Platform", platformIssuer, List.of("platform"), platform, functions));
        for (TenantIssuers.Issuer issuer : issuers) {
            String name = "Tenants" + String.join("", issuer.tenants()).substring(0, 6)
                    + (issuer.tenants().size() > 1 ? "And" + (issuer.tenants().size() - 1) : "");
            add(name, new TenantApi(this, name, issuer.issuer(), issuer.tenants(), tenant, functions));
        }
    }

    private void add(String name, TenantApi api) {
        apis.put(name, api);
        CfnOutput.Builder.create(this, name + "Url").value(api.api().getApiEndpoint())
                .description("HTTP API for " + name).build();
    }

    public Map<String, TenantApi> apis() {
        return apis;
    }
}
