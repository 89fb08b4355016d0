import { describe, expect, it } from "vitest";
import { canonicalAuditText, canonicalField, chainHash, type AuditChainRow } from "@/lib/audit/canonical";

const row: AuditChainRow = {
  chainSeq: "3",
  id: "3",
  at: "2026-11-26T05:27:25.321Z",
  actorId: null,
  actorLabel: null,
  windowId: null,
  action: "B",
  entityType: "T",
  entityId: "2",
  fromState: null,
  toState: null,
  detail: null,
  prevHash: "21a485799c90376e591b0d3fd06444c06a9e5381c117e35918a0e0d2974a358d",
  hash: null,
};

describe("audit chain canonical text (the SQL twin is tested against PostgreSQL in tests/integration/audit)", () => {
  it("escapes \\ and |, writes NULL as \\N", () => {
    expect(canonicalField(null)).toBe("\\N");
    expect(canonicalField("\\N")).toBe("\\\\N");
    expect(canonicalField('{"a": "x|y\\\\z"}')).toBe('{"a": "x\\|y\\\\\\\\z"}');
  });

  it("joins the fields in order and hashes prevHash|canonical (vector computed by PostgreSQL's trigger)", () => {
    expect(canonicalAuditText(row)).toBe("3|3|2026-11-26T05:27:25.321Z|\\N|\\N|\\N|B|T|2|\\N|\\N|\\N");
    expect(chainHash(row.prevHash!, canonicalAuditText(row))).toBe("eba19a0a309cdd139b2a04268c74304177f2b85b962d2ee0791e38f82a229ab5");
  });
});
