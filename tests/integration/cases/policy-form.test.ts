import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { currentLoanPolicy, publishLoanPolicyForm } from "@/lib/loans/policy-store";
import { POLICY_INT_FIELDS, POLICY_TEXT_FIELDS, ZPolicyForm, type TPolicyForm } from "@/lib/loans/policy-form";
import { createCenter, errorOf, type Center } from "./fixtures";

let c: Center;
beforeAll(async () => {
  c = await createCenter();
});

/** The admin's form as drawn from the current policy, with some fields changed. */
async function formFrom(changes: Partial<TPolicyForm>): Promise<TPolicyForm> {
  const { rules } = await currentLoanPolicy(db);
  const at = (path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], rules);
  const fields = Object.fromEntries([...POLICY_TEXT_FIELDS, ...POLICY_INT_FIELDS].map((f) => [f, String(at(f))]));
  return ZPolicyForm.parse({ ...fields, note: "", ...changes });
}

describe("publishing the policy form (the merge runs in the use case, inside the series lock)", () => {
  it("merges the fields into the current version and carries the retirement table over", async () => {
    const before = await currentLoanPolicy(db);
    const { version } = await publishLoanPolicyForm({
      actor: c.actors.admin,
      form: await formFrom({ cityCap: "1300000.00", minTermMonths: "24", note: "调整额度" }),
    });
    expect(version).toBe(before.version + 1);
    const after = await currentLoanPolicy(db);
    expect(after.rules.cityCap).toBe("1300000.00");
    expect(after.rules.minTermMonths).toBe(24);
    expect(after.rules.retirement).toEqual(before.rules.retirement);
    expect(after.note).toBe("调整额度");
  });

  it("refuses a bad field at its path and a non-admin, writing nothing", async () => {
    const before = await currentLoanPolicy(db);
    const bad = await errorOf(publishLoanPolicyForm({ actor: c.actors.admin, form: await formFrom({ minTermMonths: "12.5" }) }));
    expect(bad.code).toBe("INVALID_POLICY");
    expect(bad.field).toBe("minTermMonths");
    expect((await errorOf(publishLoanPolicyForm({ actor: c.actors.reviewerA, form: await formFrom({}) }))).code).toBe("FORBIDDEN_ROLE");
    expect((await currentLoanPolicy(db)).version).toBe(before.version);
  });
});
