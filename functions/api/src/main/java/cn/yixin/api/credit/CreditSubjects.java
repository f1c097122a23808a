package cn.yixin.api.credit;

import cn.yixin.domain.ProblemCode;
import cn.yixin.api.grading.LiveGrading;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.api.security.Caller;
import cn.yixin.api.tenancy.ActiveConfig;
import cn.yixin.api.tenancy.TenantDirectory;
import cn.yixin.domain.DomainException;
import cn.yixin.domain.SubjectKind;
import cn.yixin.domain.archive.ArchiveChain;
import cn.yixin.domain.identifier.MobileNumber;
import cn.yixin.domain.identifier.PractitionerCode;
import cn.yixin.domain.identifier.ResidentIdNumber;
import cn.yixin.domain.identifier.UnifiedSocialCreditCode;
import cn.yixin.domain.subject.GradeChange;
import cn.yixin.domain.subject.ProtectedIdentifier;
import cn.yixin.domain.subject.Standing;
import cn.yixin.domain.subject.Subject;
import cn.yixin.domain.subject.SubjectLink;
import cn.yixin.domain.subject.SubjectSummary;
import cn.yixin.store.Page;
import cn.yixin.store.SubjectRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Registering, finding and linking credit subjects of the caller's tenant. */
@Singleton
public class CreditSubjects {

    private final SubjectRepository subjects;
    private final TenantDirectory tenants;
    private final IdentifierProtector protector;
    private final LiveGrading grading;
    private final SubjectViews views;
    private final Clock clock;

    public CreditSubjects(SubjectRepository subjects, TenantDirectory tenants, IdentifierProtector protector,
                          LiveGrading grading, SubjectViews views, Clock clock) {
        this.subjects = subjects;
        this.tenants = tenants;
        this.protector = protector;
        this.grading = grading;
        this.views = views;
        this.clock = clock;
    }

    public SubjectView register(Caller caller, RegisterSubjectRequest req, Idempotency.Recorder recorder) {
        String tenant = caller.tenant();
        ActiveConfig active = tenants.current(tenant);
        active.config().schemeFor(req.kind()); // refuses a kind the tenant does not rate
        String normalized = normalizeIdentifier(req.kind(), req.identifier());
        ProtectedIdentifier id = protector.protect(tenant, normalized,
                req.kind().isInstitution() ? UnifiedSocialCreditCode::mask : ResidentIdNumber::mask);
        String name = req.name().trim();
        boolean person = !req.kind().isInstitution();
        ProtectedIdentifier practitionerCode = practitionerCode(tenant, req);
        Standing first = grading.grade(active, req.kind(), List.of());
        ProtectedIdentifier phone = req.phone() == null ? null
                : new ProtectedIdentifier(null, protector.seal(tenant, MobileNumber.validate("phone", req.phone())),
                MobileNumber.mask(MobileNumber.validate("phone", req.phone())));
        Subject s = new Subject(tenant, "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 20),
                req.kind(), person ? maskName(name) : name, person ? protector.seal(tenant, name) : null, id, phone,
                practitionerCode, clock.instant(), caller.userId(), 1, ArchiveChain.GENESIS, first);
        GradeChange initial = new GradeChange(1, first.grade(), first.score(), active.version(), "REGISTERED", null,
                clock.instant());
        SubjectView view = views.of(s, caller);
        subjects.register(s, initial, recorder == null ? null : recorder.apply(view));
        return view;
    }

    public Subject find(Caller caller, String subjectId) {
        caller.requireMayRead(subjectId);
        return subjects.find(caller.tenant(), subjectId).orElseThrow(() -> Caller.subjectNotFound(subjectId));
    }

    public SubjectView findByIdentifier(Caller caller, SubjectKind kind, String identifier) {
        String normalized = normalizeIdentifier(kind, identifier);
        String id = subjects.findIdByIdentifierHash(caller.tenant(), protector.lookupHash(caller.tenant(), normalized))
                .orElseThrow(() -> ProblemCode.SUBJECT_NOT_FOUND.of(ProblemCode.Bilingual.of("以该证件号码登记", "registered with this identifier")));
        return views.of(find(caller, id), caller);
    }

    public Page<SubjectSummary> list(Caller caller, SubjectKind kind, String grade, String cursor, int limit) {
        return subjects.list(caller.tenant(), kind, grade, cursor, limit);
    }

    public List<GradeChange> history(Caller caller, String subjectId) {
        find(caller, subjectId);
        return subjects.history(caller.tenant(), subjectId);
    }

    public SubjectLink link(Caller caller, String personId, SubjectLink.Relation relation, String institutionId,
                            Idempotency.Recorder recorder) {
        Subject person = find(caller, personId);
        Subject institution = find(caller, institutionId);
        if (person.kind().isInstitution()) {
            throw DomainException.invalidField("subjectId", "LINK_NEEDS_PERSON",
                    "关联关系的一方必须是个人类信用主体。", "The linked subject in the path must be an individual.");
        }
        if (!institution.kind().isInstitution()) {
            throw DomainException.invalidField("institutionId", "LINK_NEEDS_INSTITUTION",
                    "关联的对象必须是机构类信用主体。", "institutionId must name an institution.");
        }
        SubjectLink link = new SubjectLink(personId, relation, institutionId, clock.instant(), caller.userId());
        subjects.link(caller.tenant(), link, recorder == null ? null : recorder.apply(link));
        return link;
    }

    public List<SubjectLink> links(Caller caller, String subjectId) {
        find(caller, subjectId);
        return subjects.links(caller.tenant(), subjectId);
    }

    /**
     * A practising code (R-2.2: a personal identifier) is kept as a resident ID is: keyed hash for lookup, sealed copy
     * for its owner, masked for everyone else. Only individuals have one.
     */
    private ProtectedIdentifier practitionerCode(String tenant, RegisterSubjectRequest req) {
        if (req.practitionerCode() == null) {
            return null;
        }
        if (req.kind().isInstitution()) {
            throw DomainException.invalidField("practitionerCode", "PRACTITIONER_CODE_FOR_INDIVIDUALS",
                    "执业证书编码只适用于医师、药师、护士等个人。",
                    "A practising code belongs to an individual (doctor, pharmacist, nurse), not an institution.");
        }
        String code = PractitionerCode.validate("practitionerCode", req.practitionerCode());
        return new ProtectedIdentifier(protector.lookupHash(tenant, PractitionerCode.lookupInput(code)),
                protector.seal(tenant, code), PractitionerCode.mask(code));
    }

    static String normalizeIdentifier(SubjectKind kind, String raw) {
        return kind.isInstitution()
                ? UnifiedSocialCreditCode.validate("identifier", raw)
                : ResidentIdNumber.validate("identifier", raw);
    }

    /** 张三丰 -> 张** : enough for a clerk to recognise a case, not enough to identify a stranger. */
    static String maskName(String name) {
        return name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }
}
