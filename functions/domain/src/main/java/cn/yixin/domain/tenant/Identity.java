package cn.yixin.domain.tenant;

/** The tenant's own identity provider: tokens whose {@code iss} is {@code issuer}, keys at {@code jwksUri}. */
public record Identity(String issuer, String jwksUri) {
}
