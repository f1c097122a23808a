package cn.yixin.api.inspection;

import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.inspection.Inspector;
import cn.yixin.domain.subject.Subject;
import cn.yixin.store.ConcurrentUpdate;
import cn.yixin.store.InspectionRepository;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The tenant's inspector roster (检查人员名录库, R-7.2): inspectors and the subjects each must not inspect. */
@Singleton
public class InspectorRoster {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private final InspectionRepository repository;
    private final SubjectRepository subjects;
    private final IdentifierProtector protector;
    private final Clock clock;

    public InspectorRoster(InspectionRepository repository, SubjectRepository subjects, IdentifierProtector protector,
                           Clock clock) {
        this.repository = repository;
        this.subjects = subjects;
        this.protector = protector;
        this.clock = clock;
    }

    public InspectionViews.InspectorView register(Caller caller, InspectionRequests.RegisterInspector req,
                                                  Idempotency.Recorder recorder) {
        if (req.code() == null || !CODE.matcher(req.code()).matches()) {
            throw DomainException.invalidField("code", "INSPECTOR_CODE_INVALID",
                    "检查人员编号（code）须为1至32位字母、数字或连字符。",
                    "code must be 1 to 32 letters, digits or hyphens.");
        }
        if (req.name() == null || req.name().isBlank()) {
            throw DomainException.invalidField("name", "INSPECTOR_NAME_REQUIRED", "须填写检查人员姓名（name）。",
                    "The inspector's name is required.");
        }
        String tenant = caller.tenant();
        if (req.personSubjectId() != null) {
            Subject person = subjects.find(tenant, req.personSubjectId()).orElse(null);
            if (person == null || person.kind().isInstitution()) {
                throw DomainException.invalidField("personSubjectId", "INSPECTOR_PERSON_UNKNOWN",
                        "personSubjectId 须为本地区已登记的自然人信用主体。",
                        "personSubjectId must be an individual registered in this region.");
            }
        }
        List<String> linked = new ArrayList<>(new LinkedHashSet<>(req.linkedSubjectIds() == null ? List.of()
                : req.linkedSubjectIds()));
        for (int i = 0; i < linked.size(); i++) {
            if (linked.get(i) == null || subjects.find(tenant, linked.get(i)).isEmpty()) {
                throw DomainException.invalidField("linkedSubjectIds[" + i + "]", "LINKED_SUBJECT_UNKNOWN",
                        "linkedSubjectIds[" + i + "] 不是本地区已登记的信用主体。",
                        "linkedSubjectIds[" + i + "] is not a subject registered in this region.");
            }
        }
        String name = req.name().trim();
        Inspector inspector = new Inspector(req.code(), mask(name), protector.seal(tenant, name),
                req.personSubjectId(), linked, caller.userId(), clock.instant());
        InspectionViews.InspectorView view = InspectionViews.InspectorView.of(inspector);
        try {
            repository.registerInspector(tenant, inspector, recorder == null ? null : recorder.apply(view));
        } catch (ConcurrentUpdate taken) {
            throw DomainException.conflict("INSPECTOR_EXISTS", "该编号的检查人员已在名录库中。",
                    "An inspector with this code is already on the roster.");
        }
        return view;
    }

    /** 张三丰 -> 张** (as every individual's name is shown); the full name is sealed. */
    static String mask(String name) {
        return name.charAt(0) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }
}
