package cn.yixin.api.pii;

/**
 * Where a function's {@link PiiKeys} come from: configuration ({@code yixin.pii.lookup-key} and
 * {@code yixin.pii.sealing-key}: the local run and the tests), the stack's Secrets Manager secret
 * ({@code yixin.pii.secret-arn}, read once at init), or nowhere (a function the stack gave no PII rights: using a key
 * there is a bug, and it fails rather than guessing a key).
 */
public interface PiiKeySource {
    PiiKeys keys();
}
