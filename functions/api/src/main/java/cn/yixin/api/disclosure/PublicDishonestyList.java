package cn.yixin.api.disclosure;

import cn.yixin.api.repair.CreditRepairs;
import cn.yixin.api.repair.RepairView;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.subject.Role;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.repair.Publication;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectSummary;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.Page;
import cn.yixin.store.SubjectRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public list of institutions with a dishonesty record in its publication period: one entry per record
 * whose publication state, computed at read time by the repair feature ({@link CreditRepairs#publications}), is
 * {@code PUBLISHED}. Nothing is stored for the list, so an entry leaves it by itself when the record is repaired
 * its maximum publication period ends or it is corrected or withdrawn (R-5.5: a superseded record
 * is no longer listed by the derivation). Shows what a bureau's website would: name, kind, the record's category and
 * severity, the basis document's number and issuer, and the day its publication period ends; no identifier, subject
 * id, score or summary (a summary is free text and may name a person). Institutions only (docs/disclosure.md).
 */
@Singleton
public class PublicDishonestyList {

    @Serdeable
    public record Entry(String name, String kind, String kindName, String category, String severity,
                        @Nullable String basisNumber, @Nullable String basisIssuer, LocalDate publishedUntil) {
    }

    @Serdeable
    public record Listing(String tenant, String bureau, String kind, List<Entry> items, @Nullable String nextCursor) {
    }

    /** Reads on the public's behalf: a reviewer's reading rights within the one tenant, no subject. */
    private static final String PUBLIC_READER = "public-dishonesty-list";

    private final TenantDirectory tenants;
    private final SubjectRepository subjects;
    private final CreditRepairs repairs;
    private final CreditArchiveRepository archive;

    public PublicDishonestyList(TenantDirectory tenants, SubjectRepository subjects, CreditRepairs repairs,
                                CreditArchiveRepository archive) {
        this.tenants = tenants;
        this.subjects = subjects;
        this.repairs = repairs;
        this.archive = archive;
    }

    public Listing list(String tenantId, SubjectKind kind, String cursor, int limit) {
        String bureau;
        try {
            bureau = tenants.current(tenantId).config().name();
        } catch (DomainException unknown) {
            throw cn.yixin.domain.ProblemCode.TENANT_NOT_FOUND.of();
        }
        if (!kind.isInstitution()) {
            throw cn.yixin.domain.ProblemCode.HONOUR_ROLL_INSTITUTIONS_ONLY.onField("kind");
        }
        Caller reader = new Caller(PUBLIC_READER, tenantId, Set.of(Role.BUREAU_REVIEWER), null);
        Page<SubjectSummary> page = subjects.list(tenantId, kind, null, cursor, limit);
        List<Entry> out = new ArrayList<>();
        for (SubjectSummary summary : page.items()) {
            Subject s = subjects.find(tenantId, summary.id()).orElse(null);
            if (s == null) {
                continue;
            }
            List<RepairView.PublicationLine> published = repairs.publications(reader, s.id()).stream()
                    .filter(l -> Publication.State.PUBLISHED.name().equals(l.state())).toList();
            if (published.isEmpty()) {
                continue;
            }
            Map<String, CreditRecord> records = archive.entries(tenantId, s.id()).stream().map(ArchiveEntry::record)
                    .collect(Collectors.toMap(CreditRecord::id, Function.identity(), (a, b) -> a));
            for (RepairView.PublicationLine l : published) {
                CreditRecord r = records.get(l.recordId());
                if (r == null) {
                    continue;
                }
                out.add(new Entry(s.displayName(), kind.name(), kind.nameZh(), String.valueOf(r.category()),
                        l.severity(), r.basis() == null ? null : r.basis().number(),
                        r.basis() == null ? null : r.basis().issuer(), l.maximumEnds()));
            }
        }
        return new Listing(tenantId, bureau, kind.name(), out, page.nextCursor());
    }
}
