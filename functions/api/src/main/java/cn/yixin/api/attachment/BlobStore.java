package cn.yixin.api.attachment;

/** Where attachment bytes live: S3 in the cloud, a local directory in the local run and the tests. */
public interface BlobStore {

    void put(String key, byte[] content, String contentType);

    byte[] get(String key);
}
