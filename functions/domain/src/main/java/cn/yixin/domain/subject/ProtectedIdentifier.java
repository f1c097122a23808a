package cn.yixin.domain.subject;

/**
 * A personal or institutional identifier as it may be stored: a keyed hash for lookup and uniqueness,
 * a sealed (encrypted) copy only its owner gets back, and a masked form for everyone else.
 * The clear value never reaches storage or logs.
 */
public record ProtectedIdentifier(String lookupHash, String sealed, String masked) {
}
