package cn.yixin.api.operations;

import cn.yixin.api.testing.ApiUnderTest;
import cn.yixin.api.testing.Identifiers;
import cn.yixin.api.testing.TestIdentity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmokeTest {

    @Test
    void registerAndRecord() {
        ApiUnderTest api = ApiUnderTest.shared();
        String officer = TestIdentity.bureau("500119", "bureau_officer");
        var reg = api.post("/subjects", officer, Map.of("kind", "DESIGNATED_HOSPITAL", "name", "南川区人民医院",
                "identifier", Identifiers.uscc()));
        System.out.println(reg);
        assertEquals(201, reg.status());
        String id = reg.str("subjectId");
        var rec = api.post("/subjects/" + id + "/records", officer, Map.of(
                "category", "ADMINISTRATIVE", "polarity", "NEGATIVE", "severity", "SERIOUS",
                "summary", "违规使用医保基金", "effectiveFrom", "2026-03-01",
                "basis", Map.of("kind", "ADMINISTRATIVE_PENALTY", "number", "南医保罚〔2026〕1号",
                        "date", "2026-03-01", "issuer", "重庆市南川区医疗保障局")));
        System.out.println(rec);
        assertEquals(201, rec.status());
        var prof = api.get("/subjects/" + id, officer);
        System.out.println(prof);
        var bad = api.post("/subjects", officer, "{\"kind\":\"DESIGNATED_HOSPITAL\",\"name\":\"x\",\"identifier\":\"1\",\"extra\":1}");
        System.out.println(bad + " " + bad.headers());
        var noauth = api.request("GET", "/subjects/" + id).header("x-amzn-oidc-identity", "someone").send();
        System.out.println(noauth + " " + noauth.headers());
    }
}
