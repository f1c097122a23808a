package cn.yixin.api.evaluation;

import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.evaluation.WhatIf;
import cn.yixin.domain.tenant.TenantConfig;
import cn.yixin.store.ArchiveEntry;
import cn.yixin.store.CreditArchiveRepository;
import cn.yixin.store.EvaluationRepository;
import jakarta.inject.Singleton;

/**
 * What-if (001 §21): every current subject of the tenant evaluated today under its current configuration and under
 * a draft, with the distribution under each and the subjects whose grade would move. Reads only; nothing is
 * published, stored or notified.
 */
@Singleton
public class WhatIfService {

    private final TenantDirectory tenants;
    private final EvaluationRepository evaluation;
    private final CreditArchiveRepository archive;
    private final LiveGrading grading;

    public WhatIfService(TenantDirectory tenants, EvaluationRepository evaluation, CreditArchiveRepository archive,
                         LiveGrading grading) {
        this.tenants = tenants;
        this.evaluation = evaluation;
        this.archive = archive;
        this.grading = grading;
    }

    public WhatIf.Report compare(Caller caller, WhatIfRequest req) {
        String tenant = caller.tenant();
        if ((req.configVersion() == null) == (req.document() == null || req.document().isBlank())) {
            throw DomainException.invalidField("configVersion", "WHAT_IF_NEEDS_ONE_DRAFT",
                    "请在 configVersion（已有配置版本）与 document（草案配置文本）中二选一。",
                    "Give either configVersion (a stored version) or document (a draft), not both and not neither.");
        }
        ActiveConfig current = tenants.current(tenant);
        TenantConfig draft;
        int draftVersion = 0;
        if (req.configVersion() != null) {
            draft = tenants.version(tenant, req.configVersion()).config();
            draftVersion = req.configVersion();
        } else {
            draft = tenants.parse("draft", req.document());
            WhatIf.requireSameTenant(current.config(), draft);
        }
        WhatIf whatIf = new WhatIf(current.config(), current.version(), draft, draftVersion, grading.today());
        for (SubjectKind kind : current.config().subjectKinds().keySet()) {
            for (String subjectId : evaluation.subjectIds(tenant, kind)) {
                whatIf.add(subjectId, kind, archive.entries(tenant, subjectId).stream().map(ArchiveEntry::record).toList());
            }
        }
        return whatIf.report(req.maxMovers() == null ? 200 : req.maxMovers());
    }
}
