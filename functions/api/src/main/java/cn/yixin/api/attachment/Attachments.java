package cn.yixin.api.attachment;

import cn.yixin.api.credit.CreditSubjects;
import cn.yixin.api.idempotency.Idempotency;
import cn.yixin.api.security.Caller;
import cn.yixin.domain.DomainException;
import cn.yixin.store.AttachmentRecord;
import cn.yixin.store.AttachmentRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Upload and retrieval of attachments, each owned by one subject. Types and size are limited to what evidence needs
 * (PDF and images, {@value #MAX_BYTES} bytes); the bytes are checked against the declared type, so a renamed
 * executable is refused.
 */
@Singleton
public class Attachments {

    /** 4 MB: base64 in the API Gateway event makes it ~5.4 MB, inside Lambda's 6 MB request limit. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final BlobStore blobs;
    private final AttachmentRepository repository;
    private final CreditSubjects subjects;
    private final Clock clock;

    public Attachments(BlobStore blobs, AttachmentRepository repository, CreditSubjects subjects, Clock clock) {
        this.blobs = blobs;
        this.repository = repository;
        this.subjects = subjects;
        this.clock = clock;
    }

    public Attachment upload(Caller caller, String subjectId, String fileName, String contentType, byte[] content) {
        subjects.find(caller, subjectId);
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (!TYPES.contains(type)) {
            throw DomainException.invalidField("Content-Type", "ATTACHMENT_TYPE_NOT_ALLOWED",
                    "附件只接受 PDF、JPEG、PNG 格式。", "Attachments must be PDF, JPEG or PNG.");
        }
        if (content == null || content.length == 0) {
            throw DomainException.invalidField("body", "ATTACHMENT_EMPTY", "附件内容为空。", "The attachment is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalidField("body", "ATTACHMENT_TOO_LARGE",
                    "附件不能超过 " + MAX_BYTES / 1024 / 1024 + " MB。",
                    "An attachment may not exceed " + MAX_BYTES / 1024 / 1024 + " MB.");
        }
        if (!MagicBytes.matches(type, content)) {
            throw DomainException.invalidField("body", "ATTACHMENT_CONTENT_MISMATCH",
                    "附件内容与声明的格式（" + type + "）不符。",
                    "The attachment's content does not match its declared type (" + type + ").");
        }
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
        if (name.length() > FileNames.MAX_LENGTH || name.contains("/") || name.contains("\\")) {
            throw FileNames.invalid("X-File-Name");
        }
        String tenant = caller.tenant();
        String id = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        String key = "T#" + tenant + "/" + subjectId + "/" + id;
        String sha = Idempotency.hash(content);
        // Bytes first, metadata second: a crash in between leaves an orphan blob nobody references, never a
        // reference to missing bytes.
        blobs.put(key, content, type);
        Attachment a = new Attachment(id, subjectId, name, type, content.length, sha, clock.instant(), caller.userId());
        repository.add(new AttachmentRecord(tenant, id, subjectId, name, type, content.length, sha, key,
                a.uploadedAt(), a.uploadedBy()));
        return a;
    }

    /** An attachment of this subject; anything else (another subject's, another tenant's) is not found. */
    public Attachment require(Caller caller, String subjectId, String attachmentId) {
        return toView(record(caller, subjectId, attachmentId));
    }

    public byte[] content(Caller caller, String subjectId, String attachmentId) {
        return blobs.get(record(caller, subjectId, attachmentId).storageKey());
    }

    public List<Attachment> requireAll(Caller caller, String subjectId, List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> require(caller, subjectId, id)).toList();
    }

    private AttachmentRecord record(Caller caller, String subjectId, String attachmentId) {
        subjects.find(caller, subjectId);
        return repository.find(caller.tenant(), attachmentId)
                .filter(r -> r.subjectId().equals(subjectId))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "ATTACHMENT_NOT_FOUND",
                        "该信用主体没有所指编号的附件。",
                        "This subject has no attachment with that id.", Map.of("field", "attachments")));
    }

    private static Attachment toView(AttachmentRecord r) {
        return new Attachment(r.attachmentId(), r.subjectId(), r.fileName(), r.contentType(), r.size(), r.sha256(),
                r.uploadedAt(), r.uploadedBy());
    }
}
