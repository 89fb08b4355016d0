import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { displayYuan, money } from "@/lib/money";
import { loanArrears } from "@/lib/collections/loan-arrears";
import { listCollectionCases, listCollectors } from "@/lib/collections/ledger-queries";
import { logCollectionContact } from "@/lib/collections/log-contact";
import { ZLedgerFilter } from "@/lib/collections/schemas";
import { DAY_MS, NOW, TODAY, call, collectionsWorld, type World } from "./fixtures";

let w: World;
beforeAll(async () => {
  w = await collectionsWorld();
});

const list = (filter: Record<string, string>, viewer = w.users.risk01.id, now = NOW) =>
  listCollectionCases(ZLedgerFilter.parse(filter), viewer, now);
const loanNos = async (filter: Record<string, string>, viewer?: string) => (await list(filter, viewer)).rows.map((r) => r.loanNo);

describe("逾期贷款清收台账", () => {
  it("lists open cases, most periods first, with today's arrears as the money rule computes them", async () => {
    const ledger = await list({});
    expect(ledger.total).toBe(3);
    expect(
      ledger.rows.map((r) => [
        r.loanNo,
        r.overduePeriods,
        r.consecutiveOverduePeriods,
        r.bucket,
        r.daysOverdue,
        r.collectorName,
        r.openedOn,
      ]),
    ).toEqual([
      ["L001", 3, 3, "2-5", 66, "risk01", TODAY],
      ["L002", 2, 1, "2-5", 94, "risk02", TODAY],
      ["L005", 1, 1, "1", 5, "risk01", TODAY],
    ]);
    for (const row of ledger.rows) {
      const c = w.caseOf(row.loanNo);
      const a = await loanArrears(db, c.loanId, TODAY);
      expect([row.overduePrincipal, row.overdueInterest, row.overdueAmount, row.penaltyOwed, row.daysOverdue]).toEqual([
        displayYuan(a.status.overduePrincipal),
        displayYuan(a.status.overdueInterest),
        displayYuan(money(a.status.overduePrincipal).plus(money(a.status.overdueInterest))),
        displayYuan(a.penaltyOwed),
        a.status.daysOverdue,
      ]);
    }
    // L002: seq 2 in full and 100.00 of seq 4's principal.
    expect(ledger.rows[1]!.overduePrincipal).not.toBe("¥0.00");
    // 3 in a row → legal tier; 2 periods → phone first; 1 period → phone.
    expect(ledger.rows.map((r) => r.nextAction)).toEqual(["移送法院诉讼或申请公证强制执行", "电话催收", "电话催收"]);
    expect(ledger.rows.every((r) => r.lastContact === null && r.promise === null)).toBe(true);
  });

  it("filters by my cases, collector, aging bucket and search text", async () => {
    expect(await loanNos({ scope: "mine" })).toEqual(["L001", "L005"]);
    expect(await loanNos({ scope: "mine" }, w.users.risk02.id)).toEqual(["L002"]);
    expect(await loanNos({ collector: w.users.risk02.id })).toEqual(["L002"]);
    expect(await loanNos({ collector: "none" })).toEqual([]);
    expect(await loanNos({ bucket: "1" })).toEqual(["L005"]);
    expect(await loanNos({ bucket: "2-5" })).toEqual(["L001", "L002"]);
    expect(await loanNos({ bucket: "6+" })).toEqual([]);
    expect(await loanNos({ q: "l005" })).toEqual(["L005"]);
    const [b0, b1] = w.borrowers;
    expect(await loanNos({ q: b0!.name })).toEqual(["L001"]);
    expect(await loanNos({ q: b1!.idNumber.slice(0, 17) })).toEqual(["L002", "L005"]);
    expect(await loanNos({ q: "%" })).toEqual([]);
  });

  it("shows the last contact, the promise to pay and the next action after what was done", async () => {
    const c = w.caseOf("L002");
    await logCollectionContact({
      actor: w.actors.risk02,
      input: call(c.id, { promisedAmount: "500.00", promisedDate: "2026-05-25" }),
      now: NOW,
    });
    const row = (await list({ collector: w.users.risk02.id })).rows[0]!;
    expect(row).toMatchObject({
      nextAction: "上门催收",
      lastContact: { at: "2026-05-20 09:30", kindLabel: "电话催收" },
      promise: { date: "2026-05-25", amount: "¥500.00", state: "PENDING", stateLabel: "待兑现" },
    });

    // After the promised date with nothing received: broken; a repayment of the amount in time: kept.
    const after = new Date(NOW.getTime() + 6 * DAY_MS);
    expect((await list({ collector: w.users.risk02.id }, w.users.risk01.id, after)).rows[0]!.promise?.state).toBe("BROKEN");
    await db.repayment.create({
      data: {
        repaymentNo: "HK-TEST-1",
        loanId: c.loanId,
        kind: "ONLINE",
        source: "ONLINE",
        businessDate: new Date("2026-05-24T00:00:00Z"),
        amount: "500.00",
        idempotencyKey: "ledger-test-1",
      },
    });
    expect((await list({ collector: w.users.risk02.id }, w.users.risk01.id, after)).rows[0]!.promise?.state).toBe("KEPT");
  });

  it("shows closed cases only when asked, without arrears", async () => {
    const c = w.caseOf("L005");
    await db.collectionCase.update({
      where: { id: c.id },
      data: { status: "CLOSED", openKey: null, closedOn: new Date("2026-05-21T00:00:00Z") },
    });
    expect(await loanNos({})).toEqual(["L001", "L002"]);
    const closed = await list({ status: "closed" });
    expect(closed.rows.map((r) => [r.loanNo, r.open, r.statusLabel, r.closedOn, r.overdueAmount, r.nextAction])).toEqual([
      ["L005", false, "已销号", "2026-05-21", null, null],
    ]);
    expect(await loanNos({ status: "all" })).toEqual(["L001", "L002", "L005"]);
  });
});

describe("清收人员 (the ledger's collector filter)", () => {
  it("lists the active risk officers and anyone still holding open cases, by login name", async () => {
    const { risk01, risk02 } = w.users;
    expect(await listCollectors()).toEqual([
      { id: risk01.id, name: "risk01", active: true },
      { id: risk02.id, name: "risk02", active: true },
    ]);
    // risk02 leaves while still holding L002: still listed, as inactive; one who left with no cases is not.
    await db.user.update({ where: { id: risk02.id }, data: { active: false } });
    await db.user.create({
      data: { loginName: "risk03", displayName: "risk03", passwordHash: "x", roles: ["RISK_OFFICER"], active: false },
    });
    expect(await listCollectors()).toEqual([
      { id: risk01.id, name: "risk01", active: true },
      { id: risk02.id, name: "risk02", active: false },
    ]);
  });
});
