import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dateColumn } from "@/lib/dates/calendar";
import { addCollectionGuarantor } from "@/lib/collections/add-guarantor";
import { CONTACT_RULE_MESSAGES } from "@/lib/collections/contact-rules";
import { logCollectionContact } from "@/lib/collections/log-contact";
import { logContactSchema } from "@/lib/collections/schemas";
import { runDailyBatch } from "@/lib/servicing/run-daily-batch";
import { payInstallment } from "../servicing/fixtures";
import { DAY_MS, NOW, auditsOf, call, collectionsWorld, type World } from "./fixtures";

let w: World;
beforeAll(async () => {
  w = await collectionsWorld();
});

describe("the contact log of a collection case", () => {
  it("logs a call with a promise to pay once, with its audit entry; a double submit returns the first", async () => {
    const c = w.caseOf("L002");
    // Through the form's schema, as the server action does.
    const input = logContactSchema(NOW).parse({
      caseId: c.id,
      kind: "PHONE_CALL",
      contactedAt: "2026-05-20T09:30",
      party: "借款人",
      outcome: "承诺月底前还清",
      promisedAmount: "3,500.00",
      promisedDate: "2026-05-31",
      note: "",
    });
    const first = await logCollectionContact({ actor: w.actors.risk02, input, now: NOW });
    const again = await logCollectionContact({ actor: w.actors.risk02, input, now: NOW });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ contactId: first.contactId, duplicate: true });

    const rows = await db.collectionContact.findMany({ where: { caseId: c.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "PHONE_CALL",
      contactedAt: new Date("2026-05-20T01:30:00Z"),
      party: "借款人",
      outcome: "承诺月底前还清",
      promisedDate: dateColumn("2026-05-31"),
      note: null,
      createdById: w.users.risk02.id,
    });
    expect(rows[0]!.promisedAmount?.toFixed(2)).toBe("3500.00");
    const audits = await auditsOf(c.id);
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["COLLECTION_CONTACT_LOGGED", w.users.risk02.id]]);
    expect(audits[0]!.detail).toEqual({
      contactId: first.contactId,
      kind: "PHONE_CALL",
      party: "借款人",
      contactedAt: "2026-05-20T01:30:00.000Z",
      promisedAmount: "3500.00",
      promisedDate: "2026-05-31",
    });
  });

  it("refuses a future contact time, a promised date in the past and a non-positive amount, writing nothing", async () => {
    const c = w.caseOf("L001");
    const attempts = [
      [call(c.id, { contactedAt: new Date(NOW.getTime() + 60_000) }), [{ field: "contactedAt", message: CONTACT_RULE_MESSAGES.FUTURE }]],
      [
        call(c.id, { promisedAmount: "100.00", promisedDate: "2026-05-19" }),
        [{ field: "promisedDate", message: CONTACT_RULE_MESSAGES.DATE }],
      ],
      [
        call(c.id, { promisedAmount: "0.00", promisedDate: "2026-05-20" }),
        [{ field: "promisedAmount", message: CONTACT_RULE_MESSAGES.AMOUNT }],
      ],
      [
        call(c.id, { promisedAmount: "10.005", promisedDate: "2026-05-20" }),
        [{ field: "promisedAmount", message: CONTACT_RULE_MESSAGES.AMOUNT }],
      ],
    ] as const;
    for (const [input, issues] of attempts) {
      await expect(logCollectionContact({ actor: w.actors.risk01, input, now: NOW })).rejects.toMatchObject({
        code: "CONTACT_RULES",
        details: { issues },
      });
    }
    await expect(
      logCollectionContact({ actor: w.actors.risk01, input: call(c.id, { contactedAt: new Date(NOW.getTime() - 2 * DAY_MS) }), now: NOW }),
    ).rejects.toMatchObject({
      code: "CONTACT_BEFORE_OPEN",
      field: "contactedAt",
    });
    expect(await db.collectionContact.count({ where: { caseId: c.id } })).toBe(0);
    expect(await auditsOf(c.id)).toEqual([]);
  });

  it("lets only risk officers and admins log, and only while the case is open", async () => {
    const c = w.caseOf("L005");
    await expect(logCollectionContact({ actor: w.actors.teller, input: call(c.id), now: NOW })).rejects.toMatchObject({
      code: "FORBIDDEN_ROLE",
    });
    await expect(logCollectionContact({ actor: w.actors.risk01, input: call("no-such-case"), now: NOW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      logCollectionContact({ actor: w.actors.admin, input: call(c.id, { kind: "HOME_VISIT" }), now: NOW }),
    ).resolves.toMatchObject({ duplicate: false });

    // The arrears are cleared and the next day's batch closes the case (销号).
    await payInstallment(w.loanOf("L005").id, 1);
    await runDailyBatch({ businessDate: "2026-05-21" });
    expect(await db.collectionCase.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "CLOSED" });
    const later = new Date(NOW.getTime() + DAY_MS);
    await expect(
      logCollectionContact({ actor: w.actors.risk01, input: call(c.id, { contactedAt: later }), now: later }),
    ).rejects.toMatchObject({ code: "CASE_CLOSED" });
    await expect(
      addCollectionGuarantor({
        actor: w.actors.risk01,
        input: { caseId: c.id, name: "王强", phone: "13912345678", relation: "朋友", address: null },
      }),
    ).rejects.toMatchObject({ code: "CASE_CLOSED" });
    expect(await db.collectionContact.count({ where: { caseId: c.id } })).toBe(1);
  });

  it("adds a guarantor's contacts once, with an audit entry", async () => {
    const c = w.caseOf("L002");
    const input = { caseId: c.id, name: "王强", phone: "13912345678", relation: "朋友", address: "南京市玄武区北京东路1号" };
    const first = await addCollectionGuarantor({ actor: w.actors.risk01, input });
    expect(await addCollectionGuarantor({ actor: w.actors.risk01, input })).toEqual({ guarantorId: first.guarantorId, duplicate: true });
    await expect(addCollectionGuarantor({ actor: w.actors.teller, input })).rejects.toMatchObject({ code: "FORBIDDEN_ROLE" });
    expect(
      await db.collectionGuarantor.findMany({
        where: { caseId: c.id },
        select: { name: true, phone: true, relation: true, address: true, createdById: true },
      }),
    ).toEqual([
      { name: "王强", phone: "13912345678", relation: "朋友", address: "南京市玄武区北京东路1号", createdById: w.users.risk01.id },
    ]);
    expect((await auditsOf(c.id)).filter((a) => a.action === "COLLECTION_GUARANTOR_ADDED").map((a) => a.detail)).toEqual([
      { guarantorId: first.guarantorId, name: "王强", relation: "朋友" },
    ]);
  });
});
