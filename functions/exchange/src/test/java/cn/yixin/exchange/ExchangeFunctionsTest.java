package cn.yixin.exchange;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeFunctionsTest {

    @Test
    @DisplayName("Issue 14: the functions' data source comes from the RDS secret, TLS required, Flyway on")
    void dataSourceFromTheRdsSecret() {
        String secret = "{\"username\":\"yixin_exchange\",\"password\":\"s3cr3t\",\"engine\":\"postgres\","
                + "\"host\":\"db.internal\",\"port\":5432,\"dbname\":\"exchange\"}";
        Map<String, Object> p = ExchangeFunctions.dataSource(secret, JsonMapper.createDefault());
        String url = (String) p.get("datasources.default.url");
        assertTrue(url.startsWith("jdbc:postgresql://db.internal:5432/exchange?"), url);
        assertTrue(url.contains("sslmode=require"), url);
        assertEquals("yixin_exchange", p.get("datasources.default.username"));
        assertEquals("s3cr3t", p.get("datasources.default.password"));
        assertEquals("POSTGRES", p.get("datasources.default.dialect"));
        assertEquals(true, p.get("flyway.datasources.default.enabled"));
        assertEquals(Map.of(), ExchangeFunctions.fromSecretsManager(), "no secret configured: nothing read");
    }
}
