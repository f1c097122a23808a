package cn.yixin.api.attachment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Attachments as files under {@code yixin.attachments.dir} (a temporary directory by default). */
@Singleton
@Requires(missingProperty = "yixin.attachments.bucket")
public class LocalDirectoryBlobStore implements BlobStore {

    private final Path root;

    public LocalDirectoryBlobStore(@Nullable @Value("${yixin.attachments.dir}") String dir) throws IOException {
        this.root = dir != null ? Path.of(dir) : Files.createTempDirectory("yixin-attachments");
        Files.createDirectories(root);
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            // Write beside, then move: a reader never sees half a file.
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".part");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("attachment key escapes the store");
        }
        return p;
    }
}
