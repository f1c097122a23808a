package cn.yixin.api.lambda;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The session policy's shape is the tenant fence; these pin it down (docs/deploy.md shows the same JSON). */
class TenantSessionPolicyTest {

    static final String TABLE = "arn:aws-cn:dynamodb:cn-north-1:123456789012:table/yixin";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> statement(String json) {
        Map<String, Object> doc = new Yaml().load(json); // JSON is YAML; no JSON library needed here
        assertEquals("2012-10-17", doc.get("Version"));
        List<Map<String, Object>> statements = (List<Map<String, Object>>) doc.get("Statement");
        assertEquals(1, statements.size());
        return statements.get(0);
    }

    @Test
    void confinesEveryActionToTheTenantsLeadingKeys() {
        Map<String, Object> s = statement(TenantSessionPolicy.json(TABLE, "440300",
                List.of("dynamodb:GetItem", "dynamodb:Query")));
        assertEquals("Allow", s.get("Effect"));
        assertEquals(List.of("dynamodb:GetItem", "dynamodb:Query"), s.get("Action"));
        assertEquals(List.of(TABLE, TABLE + "/index/*"), s.get("Resource"));
        assertEquals(Map.of(
                "ForAllValues:StringLike", Map.of("dynamodb:LeadingKeys", List.of("T#440300#*")),
                "Null", Map.of("dynamodb:LeadingKeys", "false")), s.get("Condition"));
    }

    @Test
    void keepsTheWriteActionsItWasGivenAndNoMore() {
        List<String> append = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem",
                "dynamodb:ConditionCheckItem");
        assertEquals(append, statement(TenantSessionPolicy.json(TABLE, "510000", append)).get("Action"));
    }

    @Test
    void acceptsEveryPartition() {
        for (String arn : List.of(TABLE, "arn:aws:dynamodb:ap-east-1:123456789012:table/yixin",
                "arn:aws-us-gov:dynamodb:us-gov-west-1:123456789012:table/yixin-prod")) {
            assertEquals(List.of(arn, arn + "/index/*"),
                    statement(TenantSessionPolicy.json(arn, "500119", List.of("dynamodb:GetItem"))).get("Resource"));
        }
    }

    @Test
    void refusesTenantIdsThatCouldWidenTheFence() {
        for (String bad : new String[]{null, "", "*", "44030*", "440300#*", "440300\"", "4403000", "platform", "44O300"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> TenantSessionPolicy.json(TABLE, bad, List.of("dynamodb:GetItem")), String.valueOf(bad));
        }
    }

    @Test
    void refusesActionsWithoutALeadingKeyOrOverTheWholeTable() {
        for (String bad : List.of("dynamodb:Scan", "dynamodb:*", "dynamodb:DeleteTable", "dynamodb:PartiQLSelect",
                "s3:GetObject", "dynamodb:Get\"Item")) {
            assertThrows(IllegalArgumentException.class,
                    () -> TenantSessionPolicy.json(TABLE, "440300", List.of(bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> TenantSessionPolicy.json(TABLE, "440300", List.of()));
    }

    @Test
    void refusesSomethingThatIsNotATableArn() {
        for (String bad : List.of("*", "arn:aws:dynamodb:cn-north-1:123456789012:table/*",
                "arn:aws:s3:::bucket", "arn:aws:dynamodb:cn-north-1:123456789012:table/yixin\",\"*")) {
            assertThrows(IllegalArgumentException.class,
                    () -> TenantSessionPolicy.json(bad, "440300", List.of("dynamodb:GetItem")), bad);
        }
    }

    @Test
    void staysWellUnderTheSessionPolicySizeLimit() {
        String json = TenantSessionPolicy.json(TABLE, "440300", List.of("dynamodb:GetItem", "dynamodb:Query",
                "dynamodb:PutItem", "dynamodb:ConditionCheckItem"));
        // AWS limits an inline session policy to 2,048 characters.
        org.junit.jupiter.api.Assertions.assertTrue(json.length() < 1024, json.length() + " characters");
    }
}
