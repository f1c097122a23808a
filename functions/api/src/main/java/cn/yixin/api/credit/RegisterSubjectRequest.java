package cn.yixin.api.credit;

import cn.yixin.domain.SubjectKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Registration of a credit subject: institutions by unified social credit code, individuals by
 * resident ID number.
 */
@Serdeable
public record RegisterSubjectRequest(
        @NotNull SubjectKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 32) String identifier,
        @Nullable @Size(max = 64) String practitionerCode,
        @Nullable @Size(max = 20) String phone) {

    @Override
    public String toString() {
        return "RegisterSubjectRequest[kind=" + kind + "]"; // never print the identifier, a person's name or phone
    }
}
