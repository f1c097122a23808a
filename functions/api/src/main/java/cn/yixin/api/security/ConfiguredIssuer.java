package cn.yixin.api.security;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.util.List;

/** {@code yixin.identity.issuers.<name>}: an issuer given in configuration with its public JWKS inline. */
@EachProperty("yixin.identity.issuers")
public class ConfiguredIssuer {

    private final String name;
    private String issuer;
    private String jwks;
    private List<String> tenants = List.of();
    private boolean platform;

    public ConfiguredIssuer(@Parameter String name) {
        this.name = name;
    }

    public String getName() { return name; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getJwks() { return jwks; }
    public void setJwks(String jwks) { this.jwks = jwks; }
    public List<String> getTenants() { return tenants; }
    public void setTenants(List<String> tenants) { this.tenants = tenants; }
    public boolean isPlatform() { return platform; }
    public void setPlatform(boolean platform) { this.platform = platform; }
}
