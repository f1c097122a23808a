package cn.yixin.exchange;

import cn.yixin.api.credit.CreditArchive;
import cn.yixin.api.credit.RecordRequest;
import cn.yixin.api.evaluation.ResultRevision;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.CreditRecord;
import cn.yixin.domain.Polarity;
import cn.yixin.domain.exchange.InboundRules;
import cn.yixin.domain.repair.Publication;
import cn.yixin.domain.repair.RepairEffect;
import cn.yixin.domain.subject.Role;
import cn.yixin.domain.tenant.RepairRegrade;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.SubjectRepository;
import io.micronaut.context.BeanContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * {@link InboundArchive} over the API's archive: {@code CreditArchive.record} for an external record (idempotent by
 * its source reference) and {@code CreditArchive.appendEntry} with {@code RepairEffect.repairedCopy} for a repair
 * decision, committed by the archive repository's own transaction (entry, grade, history line, outbox item).
 */
public final class ApiInboundArchive implements InboundArchive {

    /** Who the archive says wrote the entries (R-3.5: traceable). */
    public static final String IMPORTER_USER = "exchange-importer";

    private final CreditArchive archive;
    private final CreditArchiveRepository archiveStore;
    private final SubjectRepository subjects;
    private final IdentifierProtector protector;
    private final TenantDirectory tenants;
    private final ResultRevision results;
    private final Clock clock;

    public ApiInboundArchive(CreditArchive archive, CreditArchiveRepository archiveStore, SubjectRepository subjects,
                             IdentifierProtector protector, TenantDirectory tenants, ResultRevision results,
                             Clock clock) {
        this.archive = archive;
        this.archiveStore = archiveStore;
        this.subjects = subjects;
        this.protector = protector;
        this.tenants = tenants;
        this.results = results;
        this.clock = clock;
    }

    /** The adapter from the API's beans (the local run, the importer function, the tests). */
    public static ApiInboundArchive from(BeanContext api) {
        return new ApiInboundArchive(api.getBean(CreditArchive.class), api.getBean(CreditArchiveRepository.class),
                api.getBean(SubjectRepository.class), api.getBean(IdentifierProtector.class),
                api.getBean(TenantDirectory.class), api.getBean(ResultRevision.class), api.getBean(Clock.class));
    }

    static Caller importer(String tenantId) {
        return new Caller(IMPORTER_USER, tenantId, Set.of(Role.BUREAU_REVIEWER), null);
    }

    @Override
    public Optional<String> subjectIdOf(String tenantId, String normalizedIdentifier) {
        return subjects.findIdByIdentifierHash(tenantId, protector.lookupHash(tenantId, normalizedIdentifier));
    }

    @Override
    public Written record(String tenantId, String subjectId, ExternalRecord r) {
        RecordRequest.Basis basis = r.basis() == null ? null : new RecordRequest.Basis(r.basis().kind(),
                r.basis().number(), r.basis().date(), r.basis().issuer());
        RecordRequest req = new RecordRequest(r.category(), Polarity.NEGATIVE, r.severity(), null, r.summary(), basis,
                r.effectiveFrom(), r.effectiveTo(), r.source(), r.sourceRef());
        try {
            return new Written(archive.record(importer(tenantId), subjectId, req, null).recordId(), false);
        } catch (CreditArchive.AlreadyRecorded again) {
            return new Written(String.valueOf(again.details().get("recordId")), true);
        }
    }

    @Override
    public Written repair(String tenantId, String subjectId, String recordId, String entryKey, RepairDecision d) {
        String entryId = "RX" + Idempotency.hash("inbound-repair\n" + entryKey).substring(0, 22);
        RepairRegrade policy = tenants.current(tenantId).config().evaluation().repairRegrade();
        LocalDate today = LocalDate.ofInstant(clock.instant(), CreditRecord.CHINA);
        LocalDate day = d.date() == null || d.date().isAfter(today) ? today : d.date();
        try {
            archive.appendEntry(importer(tenantId), subjectId, entryId, "REPAIRED", null, (subject, records) -> {
                CreditRecord original = records.stream().filter(x -> x.id().equals(recordId)).findFirst()
                        .orElseThrow(InboundRules::repairTargetUnknown);
                if (!Publication.isDishonesty(original) || RepairEffect.isRepairEntry(original)) {
                    throw InboundRules.notDishonest();
                }
                if (records.stream().anyMatch(x -> recordId.equals(x.supersedes()))) {
                    throw InboundRules.alreadySuperseded();
                }
                return RepairEffect.repairedCopy(original, entryId, RepairEffect.lastScoringDay(policy, day),
                        d.platform() + " " + d.number(), IMPORTER_USER, clock.instant());
            }, archiveStore::append);
        } catch (CreditArchive.AlreadyRecorded again) {
            return new Written(entryId, true);
        }
        // the published result moves with the repair, as for a repair executed here.
        results.afterArchiveChange(tenantId, subjectId, ResultRevision.Cause.REPAIR,
                "信用修复（" + d.platform() + " " + d.number() + "）", "信用修复决定 " + d.number());
        return new Written(entryId, false);
    }
}
