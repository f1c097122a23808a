-- Issue 14, second slice. One column per statement: PostgreSQL, H2 (PostgreSQL mode), KingbaseES and openGauss all
-- take ALTER TABLE ... ADD COLUMN <name> <type> in this plain form (no IF NOT EXISTS, no column lists).

-- R-3.6 / R-11.2: a withdrawing event (revocation, delisting) carries the day it is due in the exchange database.
ALTER TABLE outbound_item ADD COLUMN due_on DATE;
ALTER TABLE outbound_dead_letter ADD COLUMN due_on DATE;
ALTER TABLE outbound_dead_letter ADD COLUMN record_id VARCHAR(64);
CREATE INDEX outbound_item_due ON outbound_item (tenant_id, due_on);

-- Inbound rows carry what a record needs (R-3.2, R-3.3) and are answered with the subject they matched.
ALTER TABLE inbound_item ADD COLUMN severity VARCHAR(16);
ALTER TABLE inbound_item ADD COLUMN effective_from DATE;
ALTER TABLE inbound_item ADD COLUMN effective_to DATE;
ALTER TABLE inbound_item ADD COLUMN subject_id VARCHAR(64);
CREATE INDEX inbound_item_record ON inbound_item (tenant_id, record_id);
