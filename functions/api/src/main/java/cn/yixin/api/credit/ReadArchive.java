package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.api.security.Roles;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.archive.ArchiveChain;
import cn.yixin.store.ArchiveEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * The archive as written (R-3.5: queryable, checkable, traceable): every entry with who, when, on what basis, which
 * entry it corrects, whether the hash chain over the entries is intact, and which entries are under objection
 * ({@code underObjection}: the pending case's id, R-6.4).
 */
@Controller("/subjects/{subjectId}/records")
@Secured({Roles.BUREAU_ADMIN, Roles.BUREAU_OFFICER, Roles.BUREAU_REVIEWER, Roles.AUDITOR, Roles.CREDIT_SUBJECT})
@Tag(name = "Credit archive")
public class ReadArchive {

    private final CreditArchive archive;
    private final ObjectionMarks objections;

    public ReadArchive(CreditArchive archive, ObjectionMarks objections) {
        this.archive = archive;
        this.objections = objections;
    }

    @Serdeable
    public record Entry(long sequence, String hash, CreditRecord record, boolean superseded,
                        @Nullable String underObjection) {
    }

    @Serdeable
    public record Archive(String subjectId, boolean chainIntact, List<Entry> entries) {
    }

    @Operation(summary = "Read a subject's credit archive (信用档案)")
    @Get
    public Archive read(@PathVariable String subjectId, Authentication auth) {
        Caller caller = Caller.of(auth);
        List<ArchiveEntry> entries = archive.entries(caller, subjectId);
        Map<String, String> marks = objections.marks(caller, subjectId);
        List<CreditRecord> records = entries.stream().map(ArchiveEntry::record).toList();
        boolean intact = ArchiveChain.firstBreak(records, entries.stream().map(ArchiveEntry::hash).toList()) < 0;
        return new Archive(subjectId, intact, entries.stream()
                .map(e -> new Entry(e.sequence(), e.hash(), e.record(),
                        records.stream().anyMatch(r -> e.record().id().equals(r.supersedes())),
                        marks.get(e.record().id())))
                .toList());
    }
}
