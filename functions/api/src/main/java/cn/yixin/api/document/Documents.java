package cn.yixin.api.document;

import cn.yixin.api.credit.CreditSubjects;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.store.DocumentRepository;
import cn.yixin.store.StoredDocument;
import jakarta.inject.Singleton;

import java.util.List;

/** Issues written documents into a subject's file and reads them back for the subject and the bureau. */
@Singleton
public class Documents {

    private final DocumentRepository repository;
    private final CreditSubjects subjects;

    public Documents(DocumentRepository repository, CreditSubjects subjects) {
        this.repository = repository;
        this.subjects = subjects;
    }

    /** Stores the document unless one with its id exists; returns the stored one either way. */
    public WrittenDocument issue(WrittenDocument d) {
        repository.addIfAbsent(toStored(d));
        return repository.find(d.tenantId(), d.subjectId(), d.documentId()).map(Documents::fromStored).orElse(d);
    }

    public List<WrittenDocument> list(Caller caller, String subjectId) {
        subjects.find(caller, subjectId);
        return repository.list(caller.tenant(), subjectId).stream().map(Documents::fromStored).toList();
    }

    public WrittenDocument get(Caller caller, String subjectId, String documentId) {
        subjects.find(caller, subjectId);
        return repository.find(caller.tenant(), subjectId, documentId).map(Documents::fromStored)
                .orElseThrow(() -> DomainException.notFound("DOCUMENT_NOT_FOUND",
                        "该信用主体没有所指编号的文书。",
                        "This subject has no document with that id."));
    }

    private static StoredDocument toStored(WrittenDocument d) {
        return new StoredDocument(d.documentId(), d.tenantId(), d.subjectId(), d.kind(), d.titleZh(), d.number(),
                d.paragraphs(), d.issuer(), d.reference(), d.issuedAt());
    }

    private static WrittenDocument fromStored(StoredDocument s) {
        return new WrittenDocument(s.documentId(), s.tenantId(), s.subjectId(), s.kind(), s.titleZh(), s.number(),
                s.paragraphs(), s.issuer(), s.reference(), s.issuedAt());
    }
}
