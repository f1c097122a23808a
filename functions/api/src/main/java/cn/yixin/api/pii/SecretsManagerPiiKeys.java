package cn.yixin.api.pii;

import com.nimbusds.jose.util.JSONObjectUtils;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

import java.text.ParseException;
import java.util.Map;

/**
 * Reads the PII keys from the stack's Secrets Manager secret (KMS-encrypted with the stack's own key; the function
 * may only {@code GetSecretValue} on it and {@code kms:Decrypt} through Secrets Manager). The secret is JSON:
 * {@code {"seed":"<generated>"}} as the stack creates it (both keys derived, {@link PiiKeys#fromSeed}), or explicit
 * {@code {"lookupKey":"<base64>","sealingKey":"<base64>"}}, which win when present (docs/deploy.md, rotation). The
 * client is built, used once and closed: URL-connection HTTP client, region and credentials from Lambda's
 * environment, endpoint override through the SDK's standard {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}.
 */
final class SecretsManagerPiiKeys {

    private SecretsManagerPiiKeys() {
    }

    static PiiKeys read(String secretArn) {
        String value;
        try (SdkHttpClient http = UrlConnectionHttpClient.create();
             SecretsManagerClient client = SecretsManagerClient.builder().httpClient(http).build()) {
            value = client.getSecretValue(GetSecretValueRequest.builder().secretId(secretArn).build()).secretString();
        }
        return parse(value);
    }

    static PiiKeys parse(String value) {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(value == null ? "" : value);
        } catch (ParseException e) {
            throw new IllegalStateException("the PII secret is not a JSON object"); // never the value itself
        }
        if (json.get("lookupKey") != null || json.get("sealingKey") != null) {
            return PiiKeys.fromBase64(string(json.get("lookupKey")), string(json.get("sealingKey")),
                    "the PII secret's lookupKey", "the PII secret's sealingKey");
        }
        return PiiKeys.fromSeed(string(json.get("seed")));
    }

    private static String string(Object o) {
        return o instanceof String s ? s : null;
    }
}
