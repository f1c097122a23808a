package cn.yixin.domain.tenant;

import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.config.ConfigProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.yixin.domain.tenant.TenantDocs.remove;
import static cn.yixin.domain.tenant.TenantDocs.set;
import static cn.yixin.domain.tenant.TenantDocs.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantConfigParserTest {

    private static final String SRC = "tenants/440300.yaml";

    private static TenantConfig parse(Map<String, Object> doc) {
        return TenantConfigParser.parse(SRC, TenantDocs.yaml(doc), TenantDocs.CALENDARS);
    }

    private static List<String> problems(Map<String, Object> doc) {
        return problems(TenantDocs.yaml(doc));
    }

    private static List<String> problems(String text) {
        TenantConfigException e = assertThrows(TenantConfigException.class,
                () -> TenantConfigParser.parse(SRC, text, TenantDocs.CALENDARS));
        assertEquals("TENANT_CONFIG_INVALID", e.code());
        assertEquals(DomainException.Kind.INVALID, e.kind());
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    /** Asserts that exactly one problem was found and returns it. */
    private static String onlyProblem(Map<String, Object> doc) {
        List<String> p = problems(doc);
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    @DisplayName("R-1.2: the complete fixture parses into the record tree")
    void validDocument() {
        TenantConfig c = TenantConfigParser.parse(SRC, TenantDocs.validText(), TenantDocs.CALENDARS);
        assertEquals("440300", c.id());
        assertEquals("440000", c.parent());
        assertEquals(TenantLevel.CITY, c.level());
        assertEquals(new Timelines(5, 15, 5, 3), c.timelines());
        assertEquals(RepairRegrade.IMMEDIATE, c.evaluation().repairRegrade());
        assertTrue(c.seriousDishonesty().lowestGrade());
        assertEquals("enterprise-classes", c.subjectKinds().get(SubjectKind.PHARMA_COMPANY));
        Scheme institution = c.schemeFor(SubjectKind.DESIGNATED_HOSPITAL);
        assertEquals(ScoringMethod.POINTS, institution.method());
        assertEquals(1.5, institution.weightOf(InfoCategory.JUDICIAL));
        assertEquals(1.0, institution.weightOf(InfoCategory.HONOUR));
        assertEquals(200, institution.item("ADMIN_PENALTY_GENERAL").orElseThrow().cap());
        assertNull(institution.item("ADMIN_PENALTY_SERIOUS").orElseThrow().cap());
        assertEquals(List.of("A", "B", "C", "D", "E"), institution.gradeScale().grades());
        Scheme classes = c.schemeFor(SubjectKind.PHARMA_COMPANY);
        assertEquals(12, classes.windowMonths());
        assertNull(classes.classes().get(4).when());
        assertEquals("D", classes.gradeScale().lowestGrade().grade());
        assertEquals("黑名单", classes.gradeScale().lowestGrade().name());
        assertEquals(List.of(SubjectKind.DESIGNATED_HOSPITAL, SubjectKind.DESIGNATED_PHARMACY),
                c.commitments().get(0).subjectKinds());
        assertEquals(2, c.defaults().size());
    }

    @Test
    @DisplayName("R-1.2: document() keeps the parsed document for the store and cannot be modified")
    void documentKept() {
        TenantConfig c = TenantConfigParser.parse(SRC, TenantDocs.validText(), TenantDocs.CALENDARS);
        assertEquals(valid(), c.document());
        assertThrows(UnsupportedOperationException.class, () -> c.document().put("x", 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> timelines = (Map<String, Object>) c.document().get("timelines");
        assertThrows(UnsupportedOperationException.class, () -> timelines.put("correctionDays", 9));
    }

    @Test
    @DisplayName("R-1.2: the same document as JSON parses to the same configuration")
    void jsonAccepted() {
        String json = "{\"id\":\"440300\",\"name\":\"n\",\"region\":\"r\",\"level\":\"CITY\",\"calendar\":\"cn-mainland\","
                + "\"sources\":[],\"identity\":{\"issuer\":\"https://i.example/x\",\"jwksUri\":\"https://i.example/j\"},"
                + "\"timelines\":{\"objectionFilingDays\":10,\"objectionDecisionDays\":15,\"repairPublicityDays\":5,\"correctionDays\":3},"
                + "\"evaluation\":{\"cycle\":\"CALENDAR_YEAR\",\"repairRegrade\":\"NEXT_CYCLE\"},"
                + "\"seriousDishonesty\":{\"lowestGrade\":false},\"subjectKinds\":{\"INSURED_PERSON\":\"p\"},"
                + "\"schemes\":{\"p\":{\"method\":\"ADD_SUBTRACT\",\"base\":100,\"min\":0,\"max\":100,"
                + "\"items\":[{\"code\":\"X\",\"name\":\"x\",\"category\":\"HONOUR\",\"polarity\":\"POSITIVE\",\"points\":5}],"
                + "\"grades\":[{\"grade\":\"A\",\"name\":\"好\",\"min\":60},{\"grade\":\"B\",\"name\":\"差\"}]}}}";
        TenantConfig c = TenantConfigParser.parse("POST /platform/tenants", json, TenantDocs.CALENDARS);
        assertEquals(RepairRegrade.NEXT_CYCLE, c.evaluation().repairRegrade());
        assertFalse(c.seriousDishonesty().lowestGrade());
        assertEquals(10, c.timelines().objectionFilingDays());
        assertNull(c.parent());
    }

    @Test
    @DisplayName("R-1.2: an unknown key is refused with its path")
    void unknownKey() {
        assertEquals(SRC + ": colour: unknown key", onlyProblem(set(valid(), "colour", "red")));
        assertEquals(SRC + ": schemes.institution.items[1].weight: unknown key",
                onlyProblem(set(valid(), "schemes.institution.items[1].weight", 2)));
    }

    @Test
    @DisplayName("R-1.2: a missing required key is refused with its path")
    void missingKey() {
        assertEquals(SRC + ": name: required", onlyProblem(remove(valid(), "name")));
        assertEquals(SRC + ": identity.jwksUri: required", onlyProblem(remove(valid(), "identity.jwksUri")));
        assertEquals(SRC + ": schemes.institution.items[0].polarity: required",
                onlyProblem(remove(valid(), "schemes.institution.items[0].polarity")));
    }

    @Test
    @DisplayName("R-6.2/R-10.1: timelines must be whole working days from 1 to 60")
    void timelines() {
        String expected = SRC + ": timelines.objectionFilingDays: must be a whole number of working days from 1 to 60";
        assertEquals(expected + " (got 0)", onlyProblem(set(valid(), "timelines.objectionFilingDays", 0)));
        assertEquals(expected + " (got 61)", onlyProblem(set(valid(), "timelines.objectionFilingDays", 61)));
        assertEquals(expected + " (got five)", onlyProblem(set(valid(), "timelines.objectionFilingDays", "five")));
        assertEquals(expected + " (got 5.5)", onlyProblem(set(valid(), "timelines.objectionFilingDays", 5.5)));
        assertEquals(1, parse(set(valid(), "timelines.correctionDays", 1)).timelines().correctionDays());
        assertEquals(60, parse(set(valid(), "timelines.correctionDays", 60)).timelines().correctionDays());
    }

    @Test
    @DisplayName("R-1.1: a bad enum value lists the allowed values")
    void badEnum() {
        assertEquals(SRC + ": level: must be one of PROVINCE, CITY, DISTRICT (got 'TOWN')",
                onlyProblem(set(valid(), "level", "TOWN")));
        assertEquals(SRC + ": evaluation.repairRegrade: must be one of IMMEDIATE, NEXT_CYCLE (got 'LATER')",
                onlyProblem(set(valid(), "evaluation.repairRegrade", "LATER")));
        assertTrue(onlyProblem(set(valid(), "schemes.institution.items[0].category", "PARKING"))
                .startsWith(SRC + ": schemes.institution.items[0].category: must be one of REGISTRATION, JUDICIAL"));
    }

    @Test
    @DisplayName("R-1.1: the id is 6 quoted digits; parent differs from id and contains it")
    void regionCodes() {
        assertEquals(SRC + ": id: must be a 6-digit GB/T 2260 region code (got '44030')", onlyProblem(set(valid(), "id", "44030")));
        assertEquals(SRC + ": id: must be a 6-digit GB/T 2260 region code in quotes, e.g. \"440300\" (got 440300)",
                onlyProblem(set(valid(), "id", 440300)));
        assertEquals(SRC + ": parent: must not be the tenant itself (440300)", onlyProblem(set(valid(), "parent", "440300")));
        assertTrue(onlyProblem(set(valid(), "parent", "130000"))
                .startsWith(SRC + ": parent: 130000 is not a region that contains 440300"));
        assertTrue(onlyProblem(set(valid(), "parent", "440100"))
                .startsWith(SRC + ": parent: 440100 is not a region that contains 440300"));
        assertNull(parse(remove(valid(), "parent")).parent());
    }

    @Test
    @DisplayName("R-10.1: the calendar must be one that exists")
    void unknownCalendar() {
        assertTrue(onlyProblem(set(valid(), "calendar", "cn-hk"))
                .startsWith(SRC + ": calendar: unknown calendar 'cn-hk'; known: [cn-mainland]"));
    }

    @Test
    @DisplayName("R-5.1: a subject kind whose scheme is not defined, or an unknown subject kind, is refused")
    void subjectKindScheme() {
        assertTrue(onlyProblem(set(valid(), "subjectKinds.NURSE", "nursing"))
                .startsWith(SRC + ": subjectKinds.NURSE: names scheme 'nursing', which is not defined under schemes"));
        assertTrue(onlyProblem(set(valid(), "subjectKinds.ROBOT", "institution"))
                .startsWith(SRC + ": subjectKinds.ROBOT: must be one of HANDLING_AGENCY"));
    }

    @Test
    @DisplayName("R-5.2: grade bands must be strictly descending, best first")
    void bandsDescending() {
        assertEquals(SRC + ": schemes.institution.grades[2].min: must be lower than the band before it (800):"
                        + " bands are listed best first with strictly descending minimums",
                onlyProblem(set(valid(), "schemes.institution.grades[2].min", 800)));
        assertEquals(SRC + ": schemes.institution.grades[4].min: the last band takes every lower score and must have no min",
                onlyProblem(set(valid(), "schemes.institution.grades[4].min", 500)));
        assertEquals(SRC + ": schemes.institution.grades[3].min: required for every band but the last",
                onlyProblem(remove(valid(), "schemes.institution.grades[3].min")));
        assertEquals(SRC + ": schemes.institution.grades[3].min: must be above the scheme's min (0),"
                        + " or the bands after it could never be reached",
                onlyProblem(set(valid(), "schemes.institution.grades[3].min", 0)));
        assertEquals(SRC + ": schemes.institution.grades[0].min: is above the scheme's max (1000) and could never be reached",
                onlyProblem(set(valid(), "schemes.institution.grades[0].min", 1001)));
        assertEquals(SRC + ": schemes.institution.grades[1].grade: grade A is listed twice",
                onlyProblem(set(valid(), "schemes.institution.grades[1].grade", "A")));
    }

    @Test
    @DisplayName("R-5.1: indicator item codes are unique within a scheme")
    void duplicateItemCode() {
        assertEquals(SRC + ": schemes.institution.items[2].code: duplicate item code ADMIN_PENALTY_GENERAL (also items[0])",
                onlyProblem(set(valid(), "schemes.institution.items[2].code", "ADMIN_PENALTY_GENERAL")));
    }

    @Test
    @DisplayName("R-3.1/R-5.1: item points carry the sign of their polarity; positive items have no severity")
    void itemSigns() {
        assertEquals(SRC + ": schemes.institution.items[1].points: must be negative for a NEGATIVE item (got 150)",
                onlyProblem(set(valid(), "schemes.institution.items[1].points", 150)));
        assertEquals(SRC + ": schemes.institution.items[2].points: must be positive for a POSITIVE item (got -20)",
                onlyProblem(set(valid(), "schemes.institution.items[2].points", -20)));
        assertEquals(SRC + ": schemes.individual.items[0].points: must be negative for a NEGATIVE item (got 3)",
                onlyProblem(set(valid(), "schemes.individual.items[0].points", 3)));
        assertEquals(SRC + ": schemes.institution.items[2].severity: not allowed: positive (守信) items have no severity",
                onlyProblem(set(valid(), "schemes.institution.items[2].severity", "GENERAL")));
        assertEquals(SRC + ": schemes.institution.items[1].severity: required",
                onlyProblem(remove(valid(), "schemes.institution.items[1].severity")));
        assertEquals(SRC + ": schemes.institution.items[0].cap: must be at least the item's own points (50),"
                        + " or not even one record could count in full",
                onlyProblem(set(valid(), "schemes.institution.items[0].cap", 40)));
    }

    @Test
    @DisplayName("R-5.1: weights are for POINTS only and must be positive")
    void weights() {
        assertEquals(SRC + ": schemes.individual.weights: not allowed: weights apply to POINTS schemes only;"
                        + " ADD_SUBTRACT adds and subtracts item points as they are",
                onlyProblem(set(valid(), "schemes.individual.weights", new LinkedHashMap<>(Map.of("HONOUR", 2.0)))));
        assertEquals(SRC + ": schemes.institution.weights.JUDICIAL: must be greater than 0 (got 0.0)",
                onlyProblem(set(valid(), "schemes.institution.weights.JUDICIAL", 0.0)));
        assertTrue(onlyProblem(set(valid(), "schemes.institution.weights.PARKING", 1.0))
                .startsWith(SRC + ": schemes.institution.weights.PARKING: must be one of REGISTRATION"));
    }

    @Test
    @DisplayName("R-5.1: scored and severity-count schemes refuse each other's fields")
    void methodFields() {
        assertEquals(SRC + ": schemes.enterprise-classes.base: not allowed: not used by SEVERITY_COUNT schemes,"
                        + " which classify by counting acts and have no score",
                onlyProblem(set(valid(), "schemes.enterprise-classes.base", 100)));
        assertEquals(SRC + ": schemes.institution.windowMonths: not allowed: used by SEVERITY_COUNT schemes only",
                onlyProblem(set(valid(), "schemes.institution.windowMonths", 12)));
        assertEquals(SRC + ": schemes.individual.max: must be greater than min (0)",
                onlyProblem(set(valid(), "schemes.individual.max", 0)).replace("; ", ""));
    }

    @Test
    @DisplayName("R-5.1: a scheme without a valid method reports only that")
    void badMethod() {
        assertEquals(SRC + ": schemes.individual.method: must be one of POINTS, ADD_SUBTRACT, SEVERITY_COUNT (got 'STARS')",
                onlyProblem(set(valid(), "schemes.individual.method", "STARS")));
    }

    @Test
    @DisplayName("R-5.2 (002): the last severity-count class has no condition, and only the last")
    void severityClasses() {
        assertEquals(SRC + ": schemes.enterprise-classes.classes[4].when: the last class takes every subject no earlier"
                        + " class matched and must have no condition",
                onlyProblem(set(valid(), "schemes.enterprise-classes.classes[4].when",
                        new LinkedHashMap<>(Map.of("generalAtLeast", 0 + 1)))));
        assertEquals(SRC + ": schemes.enterprise-classes.classes[1].when: required: only the last class may have no"
                        + " condition, or the classes after it could never match",
                onlyProblem(remove(valid(), "schemes.enterprise-classes.classes[1].when")));
        assertEquals(SRC + ": schemes.enterprise-classes.classes[1].when.seriousAtLeast: must be at least 1 (got 0)",
                onlyProblem(set(valid(), "schemes.enterprise-classes.classes[1].when.seriousAtLeast", 0)));
        assertEquals(SRC + ": schemes.enterprise-classes.classes[2].name: grade C is already named '严重失信' by an earlier class",
                onlyProblem(set(valid(), "schemes.enterprise-classes.classes[2].name", "很差")));
        assertEquals(SRC + ": schemes.enterprise-classes.windowMonths: must be a whole number of months from 1 to 120 (got 0)",
                onlyProblem(set(valid(), "schemes.enterprise-classes.windowMonths", 0)));
    }

    @Test
    @DisplayName("R-5.2 (002): order lists every class grade once, and no grade no class assigns")
    void severityOrder() {
        List<String> p = problems(set(valid(), "schemes.enterprise-classes.order", new ArrayList<>(List.of("A", "B", "C", "E"))));
        assertEquals(List.of(
                SRC + ": schemes.enterprise-classes.classes[0].grade: grade D is not in order [A, B, C, E]",
                SRC + ": schemes.enterprise-classes.order[3]: no class assigns grade E"), p);
        assertEquals(SRC + ": schemes.enterprise-classes.order[2]: grade B is listed twice",
                problems(set(valid(), "schemes.enterprise-classes.order", new ArrayList<>(List.of("A", "B", "B", "C", "D")))).get(0));
    }

    @Test
    @DisplayName("R-1.2: every defaults: path must exist in the document")
    void defaultsPaths() {
        assertEquals(SRC + ": defaults[0].path: 'timelines.objectionDecisionDay' does not exist in this document",
                onlyProblem(set(valid(), "defaults[0].path", "timelines.objectionDecisionDay")));
        assertEquals(SRC + ": defaults[1].path: 'schemes.institution.items[7].cap' does not exist in this document",
                onlyProblem(set(valid(), "defaults[1].path", "schemes.institution.items[7].cap")));
        assertEquals(SRC + ": defaults[1].path: 'schemes.institution.items[1].cap' does not exist in this document",
                onlyProblem(set(valid(), "defaults[1].path", "schemes.institution.items[1].cap")));
    }

    @Test
    @DisplayName("R-4.1: a commitment template may only name enabled subject kinds")
    void commitmentKinds() {
        assertEquals(SRC + ": commitments[0].subjectKinds[1]: INSURED_EMPLOYER is not enabled under subjectKinds",
                onlyProblem(set(valid(), "commitments[0].subjectKinds[1]", "INSURED_EMPLOYER")));
        assertEquals(SRC + ": commitments[0].breach.severity: required",
                onlyProblem(remove(valid(), "commitments[0].breach.severity")));
    }

    @Test
    @DisplayName("R-1.2: the identity provider must be reached over https")
    void identityHttps() {
        assertEquals(SRC + ": identity.issuer: must be an https URL (got 'http://ids.example.gov.cn/440300')",
                onlyProblem(set(valid(), "identity.issuer", "http://ids.example.gov.cn/440300")));
    }

    @Test
    @DisplayName("R-1.2: every problem in a document is reported together, in document order, and details carry them")
    void allProblemsTogether() {
        Map<String, Object> doc = valid();
        set(doc, "id", "4403");
        set(doc, "calendar", "nowhere");
        set(doc, "timelines.correctionDays", 0);
        set(doc, "subjectKinds.NURSE", "nursing");
        set(doc, "schemes.institution.grades[2].min", 850);
        set(doc, "schemes.institution.items[1].points", 10);
        set(doc, "schemes.individual.weights", new LinkedHashMap<>(Map.of("HONOUR", 2.0)));
        set(doc, "schemes.enterprise-classes.classes[4].when", new LinkedHashMap<>(Map.of("listed", false)));
        set(doc, "defaults[0].path", "nowhere.at.all");
        TenantConfigException e = assertThrows(TenantConfigException.class, () -> parse(doc));
        List<String> locations = e.problems().stream().map(ConfigProblem::location).toList();
        assertEquals(List.of(
                SRC + ": id",
                SRC + ": calendar",
                SRC + ": timelines.correctionDays",
                SRC + ": schemes.institution.items[1].points",
                SRC + ": schemes.institution.grades[2].min",
                SRC + ": schemes.individual.weights",
                SRC + ": schemes.enterprise-classes.classes[4].when",
                SRC + ": subjectKinds.NURSE",
                SRC + ": defaults[0].path"), locations);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> details = (List<Map<String, Object>>) e.details().get("problems");
        assertEquals(locations, details.stream().map(m -> m.get("location")).toList());
        assertEquals(e.problems().get(0).message(), details.get(0).get("message"));
        assertTrue(e.messageZh().contains("9 处错误"), e.messageZh());
        assertTrue(e.messageEn().contains("9 problem(s)"), e.messageEn());
    }

    @Test
    @DisplayName("R-1.2: broken YAML, duplicate keys and a non-mapping document are refused with a location")
    void syntax() {
        List<String> broken = problems("id: \"440300\"\nname: [unclosed\n");
        assertEquals(1, broken.size());
        assertTrue(broken.get(0).startsWith(SRC + ": (document): not valid YAML/JSON at line"), broken.get(0));
        List<String> dup = problems("id: \"440300\"\nid: \"440301\"\n");
        assertTrue(dup.get(0).contains("duplicate key"), dup.toString());
        assertEquals(List.of(SRC + ": (document): must be a mapping of keys to values (got a list)"), problems("- a\n- b\n"));
        assertEquals(List.of(SRC + ": (document): the document is empty"), problems("  \n"));
    }

    @Test
    @DisplayName("Issue 12.3 / R-5.6: exclusion rules are tenant configuration with their own basis; absent, none")
    void exclusionRules() {
        assertTrue(parse(valid()).evaluation().exclusions().isEmpty());
        Map<String, Object> rule = new java.util.LinkedHashMap<>(Map.of("rule", "NO_FUND_EXPENDITURE",
                "basis", "001 §23(三)", "subjectKinds", List.of("DESIGNATED_HOSPITAL")));
        TenantConfig c = parse(set(valid(), "evaluation.exclusions", List.of(rule)));
        assertEquals(1, c.evaluation().exclusions().size());
        assertEquals("001 §23(三)", c.evaluation().exclusionsFor(cn.yixin.domain.SubjectKind.DESIGNATED_HOSPITAL)
                .get(0).basis());
        assertTrue(c.evaluation().exclusionsFor(cn.yixin.domain.SubjectKind.DOCTOR).isEmpty());
        Map<String, Object> noBasis = new java.util.LinkedHashMap<>(rule);
        noBasis.remove("basis");
        assertEquals(SRC + ": evaluation.exclusions[0].basis: required",
                onlyProblem(set(valid(), "evaluation.exclusions", List.of(noBasis))));
        Map<String, Object> disabled = new java.util.LinkedHashMap<>(rule);
        disabled.put("subjectKinds", List.of("NURSE"));
        assertEquals(SRC + ": evaluation.exclusions[0].subjectKinds[0]: NURSE is not enabled under subjectKinds",
                onlyProblem(set(valid(), "evaluation.exclusions", List.of(disabled))));
        assertTrue(onlyProblem(set(valid(), "evaluation.exclusions", List.of(rule, rule)))
                .contains("rule NO_FUND_EXPENDITURE is already given for DESIGNATED_HOSPITAL"));
        Map<String, Object> unknown = new java.util.LinkedHashMap<>(rule);
        unknown.put("rule", "CLOSED_FOR_RENOVATION");
        assertTrue(onlyProblem(set(valid(), "evaluation.exclusions", List.of(unknown)))
                .startsWith(SRC + ": evaluation.exclusions[0].rule:"));
    }

    @Test
    @DisplayName("Issue 12.10: inForce gives the period in force of the sources: from, optional until, basis")
    void inForcePeriod() {
        assertNull(parse(valid()).inForce());
        TenantConfig c = parse(set(valid(), "inForce", Map.of("from", "2024-07-01", "until", "2026-06-30",
                "basis", "004 §43")));
        assertEquals(new InForce(java.time.LocalDate.of(2024, 7, 1), java.time.LocalDate.of(2026, 6, 30), "004 §43"),
                c.inForce());
        assertTrue(c.inForce().lapsedOn(java.time.LocalDate.of(2026, 7, 1)));
        assertFalse(c.inForce().lapsedOn(java.time.LocalDate.of(2026, 6, 30)));
        assertTrue(c.inForce().lapsesSoon(java.time.LocalDate.of(2026, 4, 1)));
        assertFalse(c.inForce().lapsesSoon(java.time.LocalDate.of(2026, 3, 1)));
        assertEquals(SRC + ": inForce.until: must not be before inForce.from (2024-07-01)",
                onlyProblem(set(valid(), "inForce", Map.of("from", "2024-07-01", "until", "2024-06-30", "basis", "x"))));
        assertEquals(SRC + ": inForce.from: 'July' is not a date (YYYY-MM-DD)",
                onlyProblem(set(valid(), "inForce", Map.of("from", "July", "basis", "x"))));
        assertEquals(SRC + ": inForce.basis: required", onlyProblem(set(valid(), "inForce", Map.of("from", "2024-07-01"))));
    }
}
