package cn.yixin.exchange;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The two databases the exchange tests run against with the same Flyway migrations: a real PostgreSQL on
 * 127.0.0.1:5432 (trust auth, database {@code test}) in a schema of its own per test class, and H2 in memory in its
 * PostgreSQL mode. Without PostgreSQL the PostgreSQL tests skip and say so, except under CI=true, where they fail.
 */
final class ExchangeDatabase {

    static final String PG_HOST = "127.0.0.1";
    static final int PG_PORT = 5432;

    private ExchangeDatabase() {
    }

    static String pgUser() {
        for (String user : new String[]{"postgres", "root"}) {
            try (Connection c = DriverManager.getConnection(pgUrl(PG_PORT, null), user, "")) {
                return user;
            } catch (SQLException e) {
                // next
            }
        }
        return null;
    }

    static String pgUrl(int port, String schema) {
        return "jdbc:postgresql://" + PG_HOST + ":" + port + "/test?connectTimeout=2&socketTimeout=5"
                + (schema == null ? "" : "&currentSchema=" + schema);
    }

    /** The PostgreSQL user, or the test is skipped (failed under CI=true) with the reason. */
    static String requirePostgres() {
        String user = pgUser();
        String why = "PostgreSQL is not reachable on " + PG_HOST + ":" + PG_PORT + " (database test, trust auth)";
        if (user == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(why + ": CI=true requires it");
        }
        if (user == null) {
            System.out.println("SKIPPED exchange PostgreSQL tests: " + why);
        }
        Assumptions.assumeTrue(user != null, why + ": PostgreSQL tests skipped");
        return user;
    }

    static String newPgSchema(String user) {
        String schema = "exchange_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(pgUrl(PG_PORT, null), user, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return schema;
    }

    static void dropPgSchema(String user, String schema) {
        try (Connection c = DriverManager.getConnection(pgUrl(PG_PORT, null), user, "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // best effort
        }
    }

    static Map<String, Object> postgres(String url, String user) {
        Map<String, Object> p = base();
        p.put("datasources.default.url", url);
        p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        p.put("datasources.default.username", user);
        p.put("datasources.default.password", "");
        return p;
    }

    static Map<String, Object> h2() {
        Map<String, Object> p = base();
        p.put("datasources.default.url", "jdbc:h2:mem:exchange_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        p.put("datasources.default.driver-class-name", "org.h2.Driver");
        p.put("datasources.default.username", "sa");
        p.put("datasources.default.password", "");
        return p;
    }

    private static Map<String, Object> base() {
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.dialect", "POSTGRES");
        p.put("datasources.default.maximum-pool-size", 2);
        // micronaut-crac (SnapStart) suspends the pool at a checkpoint; Hikari must allow it.
        p.put("datasources.default.allow-pool-suspension", true);
        p.put("datasources.default.connection-timeout", 1000);
        p.put("datasources.default.validation-timeout", 500);
        p.put("flyway.datasources.default.enabled", true);
        p.put("flyway.datasources.default.locations", "classpath:db/exchange");
        return p;
    }

    static ApplicationContext start(Map<String, Object> props) {
        return ApplicationContext.builder().environments("exchange-test").properties(props).start();
    }
}
