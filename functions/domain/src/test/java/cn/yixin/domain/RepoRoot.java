package cn.yixin.domain;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root that holds {@code tenants/}, whichever module's tests run. */
public final class RepoRoot {

    private RepoRoot() {
    }

    public static Path get() {
        String property = System.getProperty("yixin.repo.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "tenants"))) {
            return Path.of(property);
        }
        // Surefire sets the property; an IDE run may not, so walk up from the working directory.
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tenants"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no tenants/ directory above " + System.getProperty("user.dir"));
    }

    public static Path tenants() {
        return get().resolve("tenants");
    }

    public static Path calendars() {
        return tenants().resolve("calendars");
    }
}
