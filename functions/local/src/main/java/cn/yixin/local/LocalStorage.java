package cn.yixin.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local run keeps its data (issue 12.12): by default a directory that survives restarts, with DynamoDB
 * Local's database file, the attachments and the local clock's position; with {@code --in-memory} nothing is kept.
 *
 * <pre>
 * &lt;dir&gt;/dynamodb/yixin.db     DynamoDB Local (SQLite file mode)
 * &lt;dir&gt;/attachments/         uploaded evidence (LocalDirectoryBlobStore)
 * &lt;dir&gt;/clock.properties     how far the local clock was moved forward (POST /local/clock)
 * </pre>
 *
 * @param dir null for a throw-away in-memory run
 */
public record LocalStorage(Path dir) {

    /** The default directory, relative to the repository root where {@code bin/local-api} runs (git-ignored). */
    public static final String DEFAULT_DIR = ".yixin-local";
    public static final String IN_MEMORY_FLAG = "--in-memory";
    public static final String DATA_DIR_FLAG = "--data-dir=";

    public static LocalStorage inMemory() {
        return new LocalStorage(null);
    }

    public static LocalStorage in(Path dir) {
        return new LocalStorage(dir.toAbsolutePath().normalize());
    }

    /**
     * From the command line ({@code --in-memory}, {@code --data-dir=<path>}) or the environment
     * ({@code YIXIN_LOCAL_IN_MEMORY=true}, {@code YIXIN_DATA_DIR}), which {@code bin/local-api} sets from its flags.
     */
    public static LocalStorage from(String[] args, Map<String, String> env) {
        boolean memory = "true".equalsIgnoreCase(env.getOrDefault("YIXIN_LOCAL_IN_MEMORY", "false"));
        String dir = env.get("YIXIN_DATA_DIR");
        for (String a : args) {
            if (a.equals(IN_MEMORY_FLAG)) {
                memory = true;
            } else if (a.startsWith(DATA_DIR_FLAG)) {
                dir = a.substring(DATA_DIR_FLAG.length());
            }
        }
        if (memory) {
            return inMemory();
        }
        return in(Path.of(dir == null || dir.isBlank() ? DEFAULT_DIR : dir));
    }

    public boolean persistent() {
        return dir != null;
    }

    /** DynamoDB Local's database file, its directory created. */
    public java.io.File dynamoFile() {
        return create(dir.resolve("dynamodb")).resolve("yixin.db").toFile();
    }

    public Path attachments() {
        return create(dir.resolve("attachments"));
    }

    /**
     * The exchange database's JDBC URL (issue 14): an H2 file under {@code exchange/} of the data directory, or a
     * named in-memory H2 for {@code --in-memory}; PostgreSQL mode, as the tests run it.
     */
    public String exchangeUrl() {
        String mode = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return persistent() ? "jdbc:h2:file:" + create(dir.resolve("exchange")).resolve("exchange") + mode
                : "jdbc:h2:mem:yixin-exchange-" + java.util.UUID.randomUUID() + mode + ";DB_CLOSE_DELAY=-1";
    }

    public Path clockFile() {
        return create(dir).resolve("clock.properties");
    }

    private static Path create(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
