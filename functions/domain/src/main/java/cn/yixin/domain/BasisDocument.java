package cn.yixin.domain;

import java.time.LocalDate;

/** Kind, number, date and issuer of the document behind a record (R-3.2, Guangdong §26). */
public record BasisDocument(BasisKind kind, String number, LocalDate date, String issuer) {
}
