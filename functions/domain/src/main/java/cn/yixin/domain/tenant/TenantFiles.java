package cn.yixin.domain.tenant;

import cn.yixin.domain.config.ConfigFiles;
import cn.yixin.domain.calendar.WorkingDayCalendar;
import cn.yixin.domain.config.ConfigProblem;
import cn.yixin.domain.measure.MeasureCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the tenant files of a repository's {@code tenants/} directory. Each file stands or falls on its own, but
 * a tenant whose parent was not loaded falls too (R-1.1: escalation needs the parent).
 */
public final class TenantFiles {

    /** Tenants that loaded, and for each rejected file the exception with all its problems. */
    public record LoadResult(List<TenantConfig> loaded, Map<String, TenantConfigException> rejected) {
        public LoadResult {
            loaded = List.copyOf(loaded);
            rejected = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
        }
    }

    private TenantFiles() {
    }

    /**
     * Every tenant, or — if any file is rejected — a {@link TenantConfigException} carrying the problems of all
     * rejected files, so that a bad file fails startup and tests loudly instead of silently dropping a region.
     */
    public static List<TenantConfig> loadAll(Path tenantsDir) {
        LoadResult result = load(tenantsDir);
        if (!result.rejected().isEmpty()) {
            List<ConfigProblem> all = new ArrayList<>();
            result.rejected().values().forEach(e -> all.addAll(e.problems()));
            throw new TenantConfigException(all);
        }
        return result.loaded();
    }

    /** Loads what it can: a rejected tenant is reported, not fatal to the others. */
    public static LoadResult load(Path tenantsDir) {
        Path calendarsDir = tenantsDir.resolve("calendars");
        Set<String> calendars = Files.isDirectory(calendarsDir)
                ? new HashSet<>(WorkingDayCalendar.namesIn(calendarsDir)) : Set.of();
        String dirName = tenantsDir.getFileName() == null ? "" : tenantsDir.getFileName() + "/";
        Map<String, TenantConfig> byId = new LinkedHashMap<>();
        Map<String, String> sourceOf = new LinkedHashMap<>();
        Map<String, TenantConfigException> rejected = new LinkedHashMap<>();
        for (Path file : ConfigFiles.list(tenantsDir, ".yaml")) {
            String source = dirName + file.getFileName();
            try {
                TenantConfig config = TenantConfigParser.parse(source, ConfigFiles.read(file), calendars);
                String expected = config.id() + ".yaml";
                if (!file.getFileName().toString().equals(expected)) {
                    rejected.put(source, new TenantConfigException(List.of(new ConfigProblem(source + ": id",
                            "is " + config.id() + ", so the file must be named " + expected))));
                } else {
                    byId.put(config.id(), config);
                    sourceOf.put(config.id(), source);
                }
            } catch (TenantConfigException e) {
                rejected.put(source, e);
            }
        }
        rejectOrphans(byId, sourceOf, rejected);
        return new LoadResult(List.copyOf(byId.values()), rejected);
    }

    /** Repeats until stable, because rejecting a parent orphans its children. */
    private static void rejectOrphans(Map<String, TenantConfig> byId, Map<String, String> sourceOf,
                                      Map<String, TenantConfigException> rejected) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (TenantConfig config : List.copyOf(byId.values())) {
                if (config.parent() == null) {
                    continue;
                }
                TenantConfig parent = byId.get(config.parent());
                String problem = null;
                if (parent == null) {
                    problem = config.parent() + " is not a loaded tenant (tenants/" + config.parent() + ".yaml missing or rejected)";
                } else if (!parent.level().isAbove(config.level())) {
                    problem = "parent " + parent.id() + " is a " + parent.level() + " tenant, not above this "
                            + config.level() + " tenant";
                }
                String source = sourceOf.get(config.id());
                List<ConfigProblem> measureProblems = problem != null ? List.of()
                        : MeasureCatalog.checkInheritance(source, config,
                        MeasureCatalog.inForce(parent, id -> java.util.Optional.ofNullable(byId.get(id))));
                if (problem != null || !measureProblems.isEmpty()) {
                    rejected.put(source, new TenantConfigException(problem != null
                            ? List.of(new ConfigProblem(source + ": parent", problem)) : measureProblems));
                    byId.remove(config.id());
                    changed = true;
                }
            }
        }
    }


}
