import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reassignCollector } from "@/lib/collections/reassign-collector";
import { auditsOf, collectionsWorld, type World } from "./fixtures";

let w: World;
beforeAll(async () => {
  w = await collectionsWorld();
});

const collectorOf = async (caseId: string) => (await db.collectionCase.findUniqueOrThrow({ where: { id: caseId } })).collectorId;

describe("reassigning a collection case", () => {
  it("lets any risk officer take a case over, once, with an audit entry", async () => {
    const c = w.caseOf("L001");
    const input = { caseId: c.id, collectorId: w.users.risk02.id, expectedCollectorId: w.users.risk01.id };
    expect(await reassignCollector({ actor: w.actors.risk02, input })).toEqual({ changed: true });
    expect(await reassignCollector({ actor: w.actors.risk02, input })).toEqual({ changed: false });
    expect(await collectorOf(c.id)).toBe(w.users.risk02.id);
    expect((await auditsOf(c.id)).map((a) => [a.action, a.actorId, a.fromState, a.toState])).toEqual([
      ["COLLECTION_CASE_TAKEN_OVER", w.users.risk02.id, w.users.risk01.id, w.users.risk02.id],
    ]);
  });

  it("lets only an admin assign someone else, and only an active risk officer", async () => {
    const c = w.caseOf("L005");
    await expect(
      reassignCollector({
        actor: w.actors.risk02,
        input: { caseId: c.id, collectorId: w.users.risk01.id, expectedCollectorId: w.users.risk01.id },
      }),
    ).rejects.toMatchObject({ code: "ASSIGN_OTHERS" });
    await expect(
      reassignCollector({
        actor: w.actors.teller,
        input: { caseId: c.id, collectorId: w.users.teller.id, expectedCollectorId: w.users.risk01.id },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    await expect(
      reassignCollector({
        actor: w.actors.admin,
        input: { caseId: c.id, collectorId: w.users.teller.id, expectedCollectorId: w.users.risk01.id },
      }),
    ).rejects.toMatchObject({ code: "NOT_A_COLLECTOR", field: "collectorId" });
    const retired = await db.user.create({
      data: { loginName: "risk09", displayName: "退休专员", passwordHash: "x", roles: ["RISK_OFFICER"], active: false },
    });
    await expect(
      reassignCollector({
        actor: w.actors.admin,
        input: { caseId: c.id, collectorId: retired.id, expectedCollectorId: w.users.risk01.id },
      }),
    ).rejects.toMatchObject({ code: "NOT_A_COLLECTOR" });
    expect(await collectorOf(c.id)).toBe(w.users.risk01.id);

    expect(
      await reassignCollector({
        actor: w.actors.admin,
        input: { caseId: c.id, collectorId: w.users.risk02.id, expectedCollectorId: w.users.risk01.id },
      }),
    ).toEqual({ changed: true });
    expect(await collectorOf(c.id)).toBe(w.users.risk02.id);
    expect((await auditsOf(c.id)).map((a) => [a.action, a.actorId])).toEqual([["COLLECTION_CASE_ASSIGNED", w.users.admin.id]]);
  });

  it("refuses a reassignment made on a stale screen", async () => {
    const c = w.caseOf("L002");
    // The screen showed nobody (or someone else) while risk02 holds the case.
    await expect(
      reassignCollector({ actor: w.actors.risk01, input: { caseId: c.id, collectorId: w.users.risk01.id, expectedCollectorId: null } }),
    ).rejects.toMatchObject({ code: "STALE" });
    expect(await collectorOf(c.id)).toBe(w.users.risk02.id);
    expect(await auditsOf(c.id)).toEqual([]);
  });
});
