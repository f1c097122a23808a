package cn.yixin.api.attachment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Attachments in the bucket named by {@code yixin.attachments.bucket}, keyed by tenant first
 * ({@code T#<tenant>/…}) so a bucket policy can fence tenants the way the table's LeadingKeys policy does.
 * Server-side encryption is the bucket's default (infra/).
 */
@Singleton
@Requires(property = "yixin.attachments.bucket")
public class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;

    public S3BlobStore(@Value("${yixin.attachments.bucket}") String bucket) {
        this.s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build();
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }

    @Override
    public byte[] get(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
    }
}
