package cn.yixin.api.credit;

import cn.yixin.api.security.Caller;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.InfoCategory;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.RecordSource;
import cn.yixin.domain.Severity;
import cn.yixin.domain.repair.RepairEffect;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectLink;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joint punishment (联合惩戒, R-7.4, 004 §29): when an organisation enters the serious-dishonesty list, each person
 * linked to it as legal representative, actual controller, principal or directly responsible person gets a record in
 * their own archive citing the listing; a correction, withdrawal or repair of the listing ends them.
 *
 * <p>Every person's record is written through {@link CreditArchive#record} under the deterministic source reference
 * {@code JOINT-PUNISHMENT:<listing record id>}, so the record id is the same on every attempt and a retry, a second
 * trigger or a link-time catch-up never records twice. The trigger runs after the organisation's write committed, in the
 * same request: if the function dies in between, the persons are written on the next write that meets the listing (a
 * retry of the listing answers RECORD_ALREADY_EXISTS and catches up first) or when a person is linked.
 */
@Singleton
public class JointPunishment {

    /** The relations that share an organisation's punishment; a practitioner (PRACTISES_AT) does not. */
    static final Set<SubjectLink.Relation> RESPONSIBLE = EnumSet.of(SubjectLink.Relation.LEGAL_REPRESENTATIVE,
            SubjectLink.Relation.ACTUAL_CONTROLLER, SubjectLink.Relation.PRINCIPAL,
            SubjectLink.Relation.DIRECTLY_RESPONSIBLE);

    /** The source reference of a person's joint-punishment record; the rest is the listing's record id. */
    public static final String SOURCE_REF = "JOINT-PUNISHMENT:";

    private final SubjectRepository subjects;
    private final CreditArchiveRepository archiveStore;
    private final Provider<CreditArchive> archive;

    public JointPunishment(SubjectRepository subjects, CreditArchiveRepository archiveStore,
                           Provider<CreditArchive> archive) {
        this.subjects = subjects;
        this.archiveStore = archiveStore;
        this.archive = archive;
    }

    /** A serious-dishonesty listing in force as written: on the list, negative, not a withdrawal entry. */
    static boolean isListing(CreditRecord r) {
        return r.category() == InfoCategory.DISHONESTY_LIST && r.polarity() == Polarity.NEGATIVE && !r.voided();
    }

    /**
     * Called by {@link CreditArchive} after an entry committed to an institution's archive: a new listing starts the
     * persons' records; an entry that supersedes a listing (correction, withdrawal, repair) ends them, and a
     * corrected listing that is still a listing starts them again under its new id.
     */
    void afterCommit(Caller caller, Subject institution, CreditRecord rec, String cause, List<CreditRecord> before) {
        if (!institution.kind().isInstitution()) {
            return;
        }
        if (rec.supersedes() != null) {
            before.stream().filter(r -> r.id().equals(rec.supersedes()) && isListing(r)).findFirst()
                    .ifPresent(old -> end(caller, institution.id(), old, rec));
        }
        if (isListing(rec) && !"REPAIRED".equals(cause)) {
            responsible(caller.tenant(), institution.id())
                    .forEach((person, relations) -> start(caller, institution.id(), rec, person, relations));
        }
    }

    /** A person linked later is caught up at link time with every listing of the institution still in force. */
    void afterLink(Caller caller, SubjectLink link) {
        if (!RESPONSIBLE.contains(link.relation())) {
            return;
        }
        List<CreditRecord> records = archiveStore.entries(caller.tenant(), link.institutionId()).stream()
                .map(ArchiveEntry::record).toList();
        Set<String> superseded = new java.util.HashSet<>();
        records.forEach(r -> { if (r.supersedes() != null) superseded.add(r.supersedes()); });
        Set<SubjectLink.Relation> relations = responsible(caller.tenant(), link.institutionId())
                .getOrDefault(link.personId(), EnumSet.of(link.relation()));
        records.stream().filter(r -> isListing(r) && !superseded.contains(r.id()) && !RepairEffect.isRepairEntry(r))
                .forEach(r -> start(caller, link.institutionId(), r, link.personId(), relations));
    }

    private Map<String, Set<SubjectLink.Relation>> responsible(String tenant, String institutionId) {
        Map<String, Set<SubjectLink.Relation>> out = new LinkedHashMap<>();
        for (SubjectLink l : subjects.links(tenant, institutionId)) {
            if (RESPONSIBLE.contains(l.relation()) && l.institutionId().equals(institutionId)) {
                out.computeIfAbsent(l.personId(), k -> EnumSet.noneOf(SubjectLink.Relation.class)).add(l.relation());
            }
        }
        return out;
    }

    private void start(Caller caller, String institutionId, CreditRecord listing, String personId,
                       Set<SubjectLink.Relation> relations) {
        Set<String> as = new TreeSet<>();
        relations.forEach(r -> as.add(r.nameZh()));
        var b = listing.basis();
        RecordRequest req = new RecordRequest(InfoCategory.OTHER_MISCONDUCT, Polarity.NEGATIVE, Severity.SERIOUS, null,
                "联合惩戒：所任职机构（" + institutionId + "）被列入严重失信主体名单（机构信用记录 " + listing.id()
                        + "），本人作为其" + String.join("、", as) + "一并记入个人信用档案（004 §29）。",
                b == null ? null : new RecordRequest.Basis(b.kind(), b.number(), b.date(), b.issuer()),
                listing.effectiveFrom(), listing.effectiveTo(), RecordSource.BUREAU, SOURCE_REF + listing.id());
        try {
            archive.get().record(caller, personId, req, null);
        } catch (CreditArchive.AlreadyRecorded already) {
            // A retry, a second trigger or a catch-up: the person's record is there once.
        }
    }

    private void end(Caller caller, String institutionId, CreditRecord listing, CreditRecord by) {
        String reason = "机构（" + institutionId + "）的严重失信名单记录 " + listing.id() + " 已"
                + (by.voided() ? "撤销" : RepairEffect.isRepairEntry(by) ? "信用修复" : "更正") + "（" + by.id() + "），联合惩戒随之终止";
        for (String person : responsible(caller.tenant(), institutionId).keySet()) {
            String jointId = CreditArchive.sourcedRecordId(RecordSource.BUREAU, SOURCE_REF + listing.id());
            try {
                archive.get().correct(caller, person, jointId, new CorrectionRequest(reason, null, true), null);
            } catch (DomainException e) {
                // RECORD_NOT_FOUND: never joined (linked after the listing ended); RECORD_ALREADY_CORRECTED: a retry.
                if (!"RECORD_NOT_FOUND".equals(e.code()) && !"RECORD_ALREADY_CORRECTED".equals(e.code())) {
                    throw e;
                }
            }
        }
    }
}
