package cn.yixin.local;

import java.util.HashMap;
import java.util.Map;

/** The local run's exchange data source (issue 14): H2 in PostgreSQL mode, schema by the exchange's Flyway migrations. */
final class LocalExchangeDatabase {

    private LocalExchangeDatabase() {
    }

    static Map<String, Object> properties(LocalStorage storage) {
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.url", storage.exchangeUrl());
        p.put("datasources.default.driver-class-name", "org.h2.Driver");
        p.put("datasources.default.username", "sa");
        p.put("datasources.default.password", "");
        p.put("datasources.default.dialect", "POSTGRES");
        p.put("datasources.default.maximum-pool-size", 2);
        p.put("datasources.default.allow-pool-suspension", true);
        p.put("flyway.datasources.default.enabled", true);
        p.put("flyway.datasources.default.locations", "classpath:db/exchange");
        p.put("yixin.exchange.schedule", true);
        return p;
    }
}
