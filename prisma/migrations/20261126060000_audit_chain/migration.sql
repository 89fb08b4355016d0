-- Tamper-evident, append-only audit log (issue 6), written by hand.
--
-- Every AuditEntry row is chained: chainSeq = previous chainSeq + 1, prevHash = the previous row's
-- hash (64 zeros for the first row), hash = sha256(prevHash || '|' || canonical text of the row).
-- Editing or deleting any past row breaks the chain from that row on; lib/audit/verify-chain.ts
-- recomputes it and names the first broken link. The canonical text MUST stay identical to
-- lib/audit/canonical.ts (tests/integration/audit compares them).
--
-- Canonical text: the fields below, in this order, each as text, joined by '|'. NULL is written as
-- \N; in a value, '\' becomes '\\' and '|' becomes '\|' (so no two rows share a text):
--   chainSeq, id, at (YYYY-MM-DDTHH24:MI:SS.MSZ, the stored UTC wall time), actorId, actorLabel,
--   windowId, action, entityType, entityId, fromState, toState, detail (jsonb's own text form).

-- One value of the canonical text.
CREATE FUNCTION audit_chain_field(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN value IS NULL THEN '\N' ELSE replace(replace(value, '\', '\\'), '|', '\|') END $$;

-- The canonical text of one row (chainSeq must already be set).
CREATE FUNCTION audit_chain_canonical(entry "AuditEntry") RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT concat_ws('|',
      audit_chain_field(entry."chainSeq"::text),
      audit_chain_field(entry.id::text),
      audit_chain_field(to_char(entry.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
      audit_chain_field(entry."actorId"),
      audit_chain_field(entry."actorLabel"),
      audit_chain_field(entry."windowId"),
      audit_chain_field(entry.action),
      audit_chain_field(entry."entityType"),
      audit_chain_field(entry."entityId"),
      audit_chain_field(entry."fromState"),
      audit_chain_field(entry."toState"),
      audit_chain_field(entry.detail::text))
  $$;

-- hash = hex(sha256(prevHash || '|' || canonical)), with the built-in sha256() (no pgcrypto).
CREATE FUNCTION audit_chain_hash(prev_hash text, canonical text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT encode(sha256(convert_to(prev_hash || '|' || canonical, 'UTF8')), 'hex') $$;

-- Backfill the rows written before the chain existed, in the order of their id.
DO $$
DECLARE
  entry "AuditEntry";
  seq bigint := 0;
  prev text := repeat('0', 64);
BEGIN
  FOR entry IN SELECT * FROM "AuditEntry" ORDER BY id LOOP
    seq := seq + 1;
    entry."chainSeq" := seq;
    entry."prevHash" := prev;
    entry.hash := audit_chain_hash(prev, audit_chain_canonical(entry));
    UPDATE "AuditEntry" SET "chainSeq" = entry."chainSeq", "prevHash" = entry."prevHash", hash = entry.hash WHERE id = entry.id;
    prev := entry.hash;
  END LOOP;
END
$$;

-- Links each new row to the chain's head. The transaction-level advisory lock serializes writers
-- until commit, so two transactions never take the same chainSeq and the chain follows commit
-- order. Its key 5210140620627263489 = 0x4850464100000001 ("HPFA", 1) lies above every int4, so
-- no pg_advisory_xact_lock(hashtext(…)) elsewhere can collide with it. Values a client sends for
-- the three columns are overwritten.
CREATE FUNCTION audit_chain_before_insert() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(5210140620627263489);
  SELECT "chainSeq", hash INTO last_seq, last_hash
    FROM "AuditEntry" WHERE "chainSeq" IS NOT NULL ORDER BY "chainSeq" DESC LIMIT 1;
  NEW."chainSeq" := COALESCE(last_seq, 0) + 1;
  NEW."prevHash" := COALESCE(last_hash, repeat('0', 64));
  NEW.hash := audit_chain_hash(NEW."prevHash", audit_chain_canonical(NEW));
  RETURN NEW;
END
$$;

-- Append-only for everyone the triggers apply to, the app's own database user included. Only a
-- table owner who explicitly disables user triggers (ALTER TABLE … DISABLE TRIGGER USER) can
-- change a row, and the chain verification then finds the change.
CREATE FUNCTION audit_append_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "AuditEntry_chain" BEFORE INSERT ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_chain_before_insert();

CREATE TRIGGER "AuditEntry_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
