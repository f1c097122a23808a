-- The exchange database (前置库) shared with the public credit platforms (issue 14). Plain SQL that PostgreSQL, H2 in
-- PostgreSQL mode and PostgreSQL-compatible databases accept: no ON CONFLICT, no serial types, no JSON columns.

-- Outbound: what the bureau shares (R-7.6: 双公示 行政处罚; R-3.6 / R-9.4: revocations by correction or repair).
CREATE TABLE outbound_item (
    event_id           VARCHAR(80)   NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(16)   NOT NULL,
    subject_id         VARCHAR(64)   NOT NULL,
    subject_seq        BIGINT        NOT NULL,
    item_type          VARCHAR(32)   NOT NULL,
    subject_kind       VARCHAR(40)   NOT NULL,
    -- USCC: the unified social credit code in clear, as the platform requires it for institutions;
    -- MASKED: individuals are shared with the masked identifier and masked name only (R-2.2).
    identifier_type    VARCHAR(16)   NOT NULL,
    subject_identifier VARCHAR(32)   NOT NULL,
    subject_name       VARCHAR(200),
    record_id          VARCHAR(64)   NOT NULL,
    revokes_event_id   VARCHAR(80),
    revocation_reason  VARCHAR(32),
    category           VARCHAR(40)   NOT NULL,
    severity           VARCHAR(16),
    content            VARCHAR(2000) NOT NULL,
    basis_kind         VARCHAR(40),
    basis_number       VARCHAR(200),
    basis_date         DATE,
    basis_issuer       VARCHAR(200),
    effective_from     DATE,
    effective_to       DATE,
    occurred_at        TIMESTAMP     NOT NULL,
    shared_at          TIMESTAMP     NOT NULL,
    -- PUBLISHED, REVOKED (a later item revoked it: revoked_by), or REVOCATION for a revocation item itself
    status             VARCHAR(16)   NOT NULL,
    revoked_by         VARCHAR(80)
);
CREATE INDEX outbound_item_subject ON outbound_item (tenant_id, subject_id, subject_seq);
CREATE INDEX outbound_item_shared ON outbound_item (shared_at);

-- Events that failed on themselves N times: kept with their reason, never blocking the others.
CREATE TABLE outbound_dead_letter (
    event_id    VARCHAR(80)  NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(16)  NOT NULL,
    subject_id  VARCHAR(64)  NOT NULL,
    subject_seq BIGINT       NOT NULL,
    item_type   VARCHAR(32)  NOT NULL,
    attempts    INTEGER      NOT NULL,
    reason      VARCHAR(400) NOT NULL,
    failed_at   TIMESTAMP    NOT NULL
);

-- Inbound: what others found (court judgments and enforcement, abnormal operation lists, other departments'
-- penalties, repair decisions through 信用中国); each row is answered in place: ACCEPTED or REJECTED with its reason.
CREATE TABLE inbound_item (
    event_id           VARCHAR(80)   NOT NULL PRIMARY KEY,
    tenant_id          VARCHAR(16)   NOT NULL,
    source_platform    VARCHAR(64)   NOT NULL,
    item_type          VARCHAR(32)   NOT NULL,
    identifier_type    VARCHAR(16)   NOT NULL,
    subject_identifier VARCHAR(32)   NOT NULL,
    category           VARCHAR(40),
    content            VARCHAR(2000),
    basis_kind         VARCHAR(40),
    basis_number       VARCHAR(200),
    basis_date         DATE,
    basis_issuer       VARCHAR(200),
    repairs_event_id   VARCHAR(80),
    received_at        TIMESTAMP     NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    reject_code        VARCHAR(64),
    reject_reason      VARCHAR(400),
    record_id          VARCHAR(64),
    processed_at       TIMESTAMP
);
CREATE INDEX inbound_item_status ON inbound_item (tenant_id, status, received_at);
