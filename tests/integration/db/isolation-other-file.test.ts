import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDepositor, FIXTURE_ID_NUMBER } from "./fixtures";

// isolation.test.ts inserts the same depositor and center; on a shared database one of the two
// files would hit a unique violation or count two rows.
it("sees none of another file's rows", async () => {
  expect(await db.depositor.count()).toBe(0);
  await createDepositor();
  expect(await db.depositor.findMany({ select: { idNumber: true } })).toEqual([{ idNumber: FIXTURE_ID_NUMBER }]);
});
