import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { submitWithdrawal } from "@/lib/withdrawals/submit-withdrawal";
import { getDocumentBytes, getWithdrawalForStaff } from "@/lib/withdrawals/queries";
import { REASON_RULES } from "@/lib/withdrawals/reasons";
import { rent, setup } from "./fixtures";

// Issue 15.8 leftovers: the checker of a withdrawal sees the materials uploaded with it and opens
// each as stored, only through that withdrawal.

const PDF = new TextEncoder().encode("%PDF-1.4\n% test\n"); // the bytes fixtures.docs() uploads

describe("a withdrawal's materials for its checker", () => {
  it("lists every uploaded file with its hash and reads the very bytes, never through another withdrawal", async () => {
    const one = await setup("10000.00");
    const two = await setup("10000.00");
    const a = await submitWithdrawal(rent(one.holder.depositor.id, one.citizen, one.card));
    const b = await submitWithdrawal(rent(two.holder.depositor.id, two.citizen, two.card, { idempotencyKey: "key-rent-other" }));

    const seen = (await getWithdrawalForStaff(a.withdrawalId))!;
    const sha = createHash("sha256").update(PDF).digest("hex");
    expect(seen.documents.map((d) => [d.kind, d.label, d.mime, d.size, d.sha256])).toEqual(
      REASON_RULES["07"].documents.map((d) => [d.kind, d.label, "application/pdf", PDF.byteLength, sha]),
    );
    // The same test file sits in the other person's withdrawal too: counted for the checker.
    expect(seen.documents.every((d) => d.sameHashElsewhere >= REASON_RULES["07"].documents.length)).toBe(true);

    const first = seen.documents[0]!;
    const bytes = await getDocumentBytes(a.withdrawalId, first.id);
    expect(bytes).toMatchObject({ filename: first.filename, mime: "application/pdf", sha256: sha });
    expect(Buffer.from(bytes!.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect(await getDocumentBytes(b.withdrawalId, first.id)).toBeNull();
  });
});
