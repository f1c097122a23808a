package cn.yixin.api.tenancy;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tenant files and calendars are: {@code yixin.tenants.dir} if set, else {@code tenants/} under Lambda's
 * task root ({@code LAMBDA_TASK_ROOT}, {@code /var/task}, where the Lambda jar keeps them at its root), else the nearest
 * {@code tenants/} above the working directory (the repository when run from a checkout).
 */
@Singleton
public class TenantsLocation {

    private final Path dir;

    public TenantsLocation(@Nullable @Value("${yixin.tenants.dir}") String configured) {
        this.dir = configured != null ? Path.of(configured) : taskRoot(System.getenv("LAMBDA_TASK_ROOT"));
    }

    private static Path taskRoot(String root) {
        if (root != null && Files.isDirectory(Path.of(root, "tenants"))) {
            return Path.of(root, "tenants");
        }
        return search();
    }

    public Path tenantsDir() {
        return dir;
    }

    public Path calendarsDir() {
        return dir.resolve("calendars");
    }

    private static Path search() {
        String root = System.getProperty("yixin.repo.root");
        if (root != null && Files.isDirectory(Path.of(root, "tenants"))) {
            return Path.of(root, "tenants");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("tenants").resolve("calendars"))) {
                return p.resolve("tenants");
            }
        }
        throw new IllegalStateException("No tenants/ directory found; set yixin.tenants.dir");
    }
}
