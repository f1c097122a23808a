package cn.yixin.api.eligibility;

import cn.yixin.api.pii.IdentifierProtector;
import cn.yixin.domain.identifier.ResidentIdNumber;
import jakarta.inject.Singleton;

/**
 * A person's resident ID as the ledger keeps it: the tenant-keyed hash that names the ledger, the sealed copy,
 * the masked form. The clear number lives only in this request's memory.
 */
@Singleton
public class PersonKeys {

    private final IdentifierProtector protector;

    public PersonKeys(IdentifierProtector protector) {
        this.protector = protector;
    }

    /** The validated person's keys; refuses a malformed number (field {@code identifier}). */
    public Person of(String tenant, String raw) {
        String normalized = ResidentIdNumber.validate("identifier", raw);
        return new Person(protector.lookupHash(tenant, normalized), normalized);
    }

    public String seal(String tenant, Person p) {
        return protector.seal(tenant, p.normalized());
    }

    /** The person as one request holds them; {@link #toString()} never shows the number. */
    public record Person(String lookupHash, String normalized) {
        public String masked() {
            return ResidentIdNumber.mask(normalized);
        }

        @Override
        public String toString() {
            return "Person[" + masked() + "]";
        }
    }
}
