package cn.yixin.domain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One error catalogue (issue #11): every problem code the main sources of every module raise is read from the
 * sources themselves (the places that build a {@link DomainException}, a {@link ProblemCode} refusal, or one of the
 * HTTP layer's problems) and held against {@link ProblemCode} and docs/errors.md.
 */
class ErrorCatalogueTest {

    /** Where a problem is built; group 1, when present, is the catalogue constant. */
    private static final Pattern SITE = Pattern.compile(
            "ProblemCode\\.([A-Z][A-Z0-9_]+)\\.(?:of|onField|withDetails)\\("
                    + "|DomainException\\.(?:invalid|invalidField|notFound|conflict|forbidden)\\("
                    + "|new DomainException\\(|super\\(\\s*(?:DomainException\\.)?Kind\\."
                    + "|new InputRejected\\(|new Mapped\\(|Problems\\.of\\(");
    /** A helper of a file that builds a problem from a code it is given ({@code notInState(code, zh, en)}). */
    private static final Pattern FORWARDER = Pattern.compile(
            "(?:DomainException|MutableHttpResponse<Problem>)\\s+(\\w+)\\((?:HttpRequest<\\?>\\s+\\w+,\\s*)?String code\\b");
    private static final Pattern CONSTANT = Pattern.compile("static final String (\\w+) = \"([A-Z][A-Z0-9_]{2,})\";");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-/]*[A-Za-z0-9]|[A-Za-z]");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]+)`\\s*\\|\\s*(\\d{3})\\s*\\|(.*)\\|(.*)\\|(.*)\\|\\s*$",
            Pattern.MULTILINE);

    record Site(String code, String file, int line, String rest, boolean catalogue, List<String> literals) {
        String where() {
            return file + ":" + line;
        }
    }

    private static Path repo;
    private static List<Site> sites;
    private static String doc;

    @BeforeAll
    static void scan() throws IOException {
        repo = RepoRoot.get();
        doc = Files.readString(repo.resolve("docs/errors.md"));
        sites = new ArrayList<>();
        try (Stream<Path> all = Files.walk(repo.resolve("functions"))) {
            for (Path p : all.filter(f -> f.toString().endsWith(".java")
                    && f.toString().replace('\\', '/').contains("/src/main/java/")).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.equals("DomainException.java") || name.equals("ProblemCode.java")) {
                    continue; // the factories themselves, not uses
                }
                sites.addAll(sitesOf(repo.relativize(p).toString().replace('\\', '/'), Files.readString(p)));
            }
        }
    }

    static List<Site> sitesOf(String file, String src) {
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher c = CONSTANT.matcher(src);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        List<String> forwarders = new ArrayList<>();
        Matcher f = FORWARDER.matcher(src);
        while (f.find()) {
            forwarders.add(f.group(1));
        }
        Pattern starts = forwarders.isEmpty() ? SITE : Pattern.compile(SITE.pattern() + "|(?<![\\w.])(?:"
                + String.join("|", forwarders) + ")\\((?!String|HttpRequest)");
        List<Site> out = new ArrayList<>();
        Matcher m = starts.matcher(src);
        while (m.find()) {
            String args = arguments(src, m.end() - 1);
            List<String> literals = literals(args);
            String code = m.group(1);
            boolean catalogue = code != null;
            int at = -1;
            if (code == null) {
                for (String l : literals) {
                    if (CODE.matcher(l).matches()) {
                        code = l;
                        at = args.indexOf('"' + l + '"');
                        break;
                    }
                }
            }
            if (code == null) {
                for (String arg : args.split(",")) {
                    String id = arg.trim();
                    if (constants.containsKey(id)) {
                        code = constants.get(id);
                        at = args.indexOf(id);
                        break;
                    }
                }
            }
            if (code == null) {
                continue; // forwards a code built elsewhere (Problems.of(request, e), refuse(request, r.code(), …))
            }
            String rest = at < 0 ? args : args.substring(at + code.length() + 2);
            int line = (int) src.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
            out.add(new Site(code, file, line, rest.replaceAll("\\s+", " ").trim(), catalogue, literals));
        }
        return out;
    }

    /** The text between the parenthesis at {@code open} and its match, skipping strings and characters. */
    static String arguments(String src, int open) {
        int depth = 0;
        for (int i = open; i < src.length(); i++) {
            char ch = src.charAt(i);
            if (ch == '"' || ch == '\'') {
                for (i++; src.charAt(i) != ch; i++) {
                    if (src.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return src.substring(open + 1, i);
            }
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }

    static List<String> literals(String args) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(args);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, List<Site>> byCode() {
        return sites.stream().collect(Collectors.groupingBy(Site::code, TreeMap::new, Collectors.toList()));
    }

    private static Set<String> allowedLatin() {
        int at = doc.indexOf("## Latin words allowed in Chinese text");
        assertTrue(at >= 0, "docs/errors.md has no section '## Latin words allowed in Chinese text'");
        String section = doc.substring(at);
        int next = section.indexOf("\n## ", 5);
        section = next < 0 ? section : section.substring(0, next);
        Set<String> words = new HashSet<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(section);
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    @Test
    @DisplayName("#11: the scan finds the problems of every module (a broken scan cannot pass the other checks)")
    void scanFindsProblems() {
        Set<String> codes = byCode().keySet();
        for (String known : List.of("CONCURRENT_UPDATE", "INVALID_RESIDENT_ID", "OBJECTION_CLOSED", "MALFORMED_JSON",
                "TENANT_CONFIG_INVALID", "RECORD_ALREADY_EXISTS", "CLOCK_BACKWARD", "INVALID_CURSOR")) {
            assertTrue(codes.contains(known), known + " not found by the scan: " + codes);
        }
        assertTrue(codes.size() > 100, "only " + codes.size() + " codes found");
        assertTrue(sites.stream().anyMatch(s -> s.file().startsWith("functions/store/")), "no store site found");
        assertTrue(sites.stream().anyMatch(s -> s.file().startsWith("functions/local/")), "no local site found");
    }

    /**
     * The codes of the HTTP layer's input frames ("字段 {field} 的值无效，应为…"): the input gate, the strict JSON
     * readers and the problem renderer build them from the field and what it takes; a domain refusal of the same
     * kind (a cursor, a date of the local clock, a missing value of an import row) keeps the code clients already
     * branch on and names its field. docs/errors.md lists them as one family.
     */
    static final Set<String> INPUT_FAMILY = Set.of("INVALID_VALUE", "INVALID_DATE", "MISSING_VALUE", "INVALID_CURSOR");

    /** The owner of a site: its file, or "the HTTP layer" for problem/ and input/ (one family of frames). */
    private static String owner(Site s) {
        return s.file().contains("/cn/yixin/api/problem/") || s.file().contains("/cn/yixin/api/input/")
                ? "the HTTP layer (api/problem, api/input)" : s.file();
    }

    @Test
    @DisplayName("#11: a code built in two places goes through ProblemCode, and a ProblemCode code is never built inline")
    void oneDefinitionPerCode() {
        List<String> wrong = new ArrayList<>();
        byCode().forEach((code, list) -> {
            boolean inCatalogue = Arrays.stream(ProblemCode.values()).anyMatch(p -> p.name().equals(code));
            List<Site> inline = list.stream().filter(s -> !s.catalogue()).toList();
            Set<String> owners = inline.stream().map(ErrorCatalogueTest::owner).collect(Collectors.toCollection(TreeSet::new));
            if (inCatalogue && !inline.isEmpty()) {
                wrong.add(code + " is in ProblemCode but built inline at "
                        + inline.stream().map(Site::where).toList() + ": use ProblemCode." + code);
            } else if (!inCatalogue && owners.size() > 1 && !INPUT_FAMILY.contains(code)) {
                wrong.add(code + " is built in " + owners.size() + " files, each with its own text "
                        + inline.stream().map(Site::where).toList() + ": add it to ProblemCode, once");
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(INPUT_FAMILY.stream().allMatch(c -> doc.contains("`" + c + "`")), "the input family is documented");
    }

    @Test
    @DisplayName("#11: every catalogue entry has a Chinese and an English template with the same placeholders")
    void catalogueTemplatesPair() {
        Pattern slot = Pattern.compile("\\{\\d+}");
        for (ProblemCode p : ProblemCode.values()) {
            assertFalse(p.zhTemplate().isBlank() || p.enTemplate().isBlank(), p.name());
            assertTrue(HAN.matcher(p.zhTemplate()).find(), p + " zh template has no Chinese");
            assertFalse(HAN.matcher(p.enTemplate()).find(), p + " en template has Chinese");
            Set<String> zh = new TreeSet<>(slot.matcher(p.zhTemplate()).results().map(r -> r.group()).toList());
            Set<String> en = new TreeSet<>(slot.matcher(p.enTemplate()).results().map(r -> r.group()).toList());
            assertEquals(zh, en, p + ": the two templates take other arguments");
        }
        DomainException e = ProblemCode.CONCURRENT_UPDATE.of(ProblemCode.Bilingual.of("该修复申请", "This application"));
        assertEquals("该修复申请正被同时修改，请稍后重试。", e.messageZh());
        assertEquals("This application is being changed concurrently; retry shortly.", e.messageEn());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals("targetId", ProblemCode.RECORD_NOT_FOUND.onField("targetId", "r-1").details().get("field"));
        assertEquals("该信用主体没有r-1的信用信息。", ProblemCode.RECORD_NOT_FOUND.of("r-1").messageZh());
    }

    @Test
    @DisplayName("#11: every code is in docs/errors.md with its HTTP status, zh, en and when; no row names a code no longer raised")
    void everyCodeDocumented() {
        Map<String, String[]> rows = new TreeMap<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            rows.put(m.group(1), new String[]{m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
            assertFalse(m.group(3).isBlank() || m.group(4).isBlank() || m.group(5).isBlank(),
                    m.group(1) + ": zh, en and when must all be given");
        }
        Map<String, List<Site>> codes = byCode();
        List<String> missing = codes.entrySet().stream().filter(e -> !rows.containsKey(e.getKey()))
                .map(e -> "| `" + e.getKey() + "` | ??? | " + e.getValue().get(0).literals().stream()
                        .filter(l -> HAN.matcher(l).find()).findFirst().orElse("") + " | … | "
                        + e.getValue().stream().map(Site::where).collect(Collectors.joining(", ")) + " |")
                .toList();
        assertEquals(List.of(), missing, "codes missing from docs/errors.md (rows to complete)");
        Set<String> stale = new TreeSet<>(rows.keySet());
        stale.removeAll(codes.keySet());
        Arrays.stream(ProblemCode.values()).map(Enum::name).forEach(stale::remove);
        assertEquals(Set.of(), stale, "docs/errors.md documents codes nothing raises");
        for (ProblemCode p : ProblemCode.values()) {
            String[] row = rows.get(p.name());
            assertTrue(row != null, p + " missing from docs/errors.md");
            assertEquals(String.valueOf(status(p.kind())), row[1], p + ": HTTP status in docs/errors.md");
            assertEquals(p.zhTemplate(), row[2].trim(), p + ": zh in docs/errors.md is the template");
            assertEquals(p.enTemplate(), row[3].trim(), p + ": en in docs/errors.md is the template");
        }
    }

    @Test
    @DisplayName("#11: no Chinese message carries English words, only field names, codes and units of the allow-list")
    void noEnglishInsideChinese() {
        Set<String> allowed = allowedLatin();
        Map<String, Set<String>> wrong = new TreeMap<>();
        List<String> texts = new ArrayList<>();
        for (Site s : sites) {
            for (String l : s.literals()) {
                if (HAN.matcher(l).find()) {
                    texts.add(s.where() + "\u0000" + l);
                }
            }
        }
        for (ProblemCode p : ProblemCode.values()) {
            texts.add("ProblemCode." + p + "\u0000" + p.zhTemplate());
        }
        for (String t : texts) {
            String where = t.substring(0, t.indexOf('\u0000'));
            Matcher w = LATIN.matcher(t.substring(t.indexOf('\u0000') + 1));
            while (w.find()) {
                String word = w.group();
                boolean codeLike = !word.chars().anyMatch(Character::isLowerCase);
                if (!codeLike && !allowed.contains(word)) {
                    wrong.computeIfAbsent(where, k -> new TreeSet<>()).add(word);
                }
            }
        }
        assertEquals(Map.of(), wrong, "English inside Chinese text (translate it, or add a field name to the "
                + "allow-list of docs/errors.md)");
    }

    @Test
    @DisplayName("#11: the allow-list check would catch a bean-validation message leaking into Chinese")
    void allowListCatchesEnglish() {
        Set<String> allowed = allowedLatin();
        assertFalse(allowed.contains("must") || allowed.contains("blank") || allowed.contains("not"),
                "the allow-list holds field names and units, not English prose");
        List<Site> probe = sitesOf("Probe.java", "class P { void x() { throw DomainException.invalidField(\"identifier\", "
                + "\"INVALID_VALUE\", \"字段 identifier 的值无效：must not be blank\", \"Field identifier: must not be blank\"); } }");
        assertEquals(1, probe.size());
        Matcher w = LATIN.matcher(probe.get(0).literals().get(2));
        List<String> leaked = new ArrayList<>();
        while (w.find()) {
            if (!allowed.contains(w.group()) && w.group().chars().anyMatch(Character::isLowerCase)) {
                leaked.add(w.group());
            }
        }
        assertEquals(List.of("must", "not", "be", "blank"), leaked);
    }

    private static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
    }

}
