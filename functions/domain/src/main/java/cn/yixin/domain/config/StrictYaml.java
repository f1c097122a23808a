package cn.yixin.domain.config;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.Optional;

/**
 * Parses YAML (and therefore JSON) into plain maps, lists, strings, numbers and booleans.
 * Dates stay strings so that each reader decides, and reports, what a bad date is; duplicate keys are refused
 * because a repeated key silently overriding an earlier one is how a bureau's edit gets lost.
 */
public final class StrictYaml {

    private StrictYaml() {
    }

    /** The parsed document, or empty after recording the syntax error in {@code reader}. */
    public static Optional<Object> parse(String text, ConfigReader reader) {
        if (text == null || text.isBlank()) {
            reader.problem("", "the document is empty");
            return Optional.empty();
        }
        try {
            Object document = newYaml().load(text);
            if (document == null) {
                reader.problem("", "the document is empty");
                return Optional.empty();
            }
            return Optional.of(document);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            reader.problem("", "not valid YAML/JSON" + where + ": " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            reader.problem("", "not valid YAML/JSON: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new NoTimestampResolver());
    }

    /** YAML 1.1 would turn {@code 2026-01-01} into a java.util.Date in the JVM's zone; we want the text. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
