-- One payment is settled by at most one statement line of a real reconciliation run (issue 13,
-- "Reconciliation"; the payment is paid once, so the bank pays it once). Two real runs of two
-- statements that carry the same payment may run at the same time: each reads the payment as not
-- settled before either has committed. The key below lets only one of them record the settlement;
-- the other one's writer meets the violation, rolls its chunk back and decides the line again — it then
-- sees the payment settled and reports the line as a bank line without payment (a flag).
-- settled_key is the payment's id on a line's settlement in a real run, and null otherwise (dry runs,
-- payments without line), so the key leaves previews alone. It is a plain column with a plain unique
-- key, not a partial index, so that H2 (the demo) keeps the same rule as PostgreSQL.
ALTER TABLE recon_match ADD COLUMN settled_key BIGINT;

-- Settlements recorded before the key: the earliest real run keeps each payment.
UPDATE recon_match SET settled_key = payment_id
 WHERE line_no IS NOT NULL
   AND EXISTS (SELECT 1 FROM recon_run r WHERE r.id = recon_match.run_id AND r.dry_run = FALSE)
   AND NOT EXISTS (SELECT 1 FROM recon_match o JOIN recon_run r2 ON r2.id = o.run_id
                    WHERE o.payment_id = recon_match.payment_id AND o.line_no IS NOT NULL
                      AND r2.dry_run = FALSE AND o.run_id < recon_match.run_id);

ALTER TABLE recon_match ADD CONSTRAINT uq_recon_match_settled UNIQUE (settled_key);
ALTER TABLE recon_match ADD CONSTRAINT ck_recon_match_settled CHECK (settled_key IS NULL OR settled_key = payment_id);
