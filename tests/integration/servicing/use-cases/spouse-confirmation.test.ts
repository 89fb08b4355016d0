import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { signDeductionAuthorization } from "@/lib/servicing/use-cases/sign-deduction-authorization";
import { revokeDeductionAuthorization } from "@/lib/servicing/use-cases/revoke-deduction-authorization";
import { confirmSpouseDeduction } from "@/lib/servicing/use-cases/confirm-spouse-deduction";
import { servicingMessage } from "@/lib/servicing/messages";
import { createCitizen, createEmployer, createLoan } from "./fixtures";

const spec = { principal: "120000.00", annualRatePercent: "3.1", months: 12, firstDueDate: "2026-01-15", disbursedOn: "2025-12-15" };
type Citizen = Awaited<ReturnType<typeof createCitizen>>;
let borrower: Citizen, spouse: Citizen, stranger: Citizen, borrower2: Citizen, spouse2: Citizen;
let loanId: string, loan2Id: string, teller: Actor;

beforeAll(async () => {
  const employer = await createEmployer();
  borrower = await createCitizen(employer.id, { name: "孙丈夫", married: true });
  spouse = await createCitizen(employer.id, { name: "周妻子", married: true });
  stranger = await createCitizen(employer.id, { name: "吴路人" });
  borrower2 = await createCitizen(employer.id, { name: "钱丈夫", married: true });
  spouse2 = await createCitizen(employer.id, { name: "李妻子", married: true });
  await db.depositor.update({ where: { id: borrower.depositor.id }, data: { spouseId: spouse.depositor.id } });
  await db.depositor.update({ where: { id: spouse2.depositor.id }, data: { spouseId: borrower2.depositor.id } });
  loanId = (await createLoan(borrower.depositor.id, { ...spec, loanNo: "S001", paidSeqs: [1] })).loan.id;
  loan2Id = (await createLoan(borrower2.depositor.id, { ...spec, loanNo: "S002", paidSeqs: [1] })).loan.id;
  const center = await db.fundCenter.create({ data: { code: "SPC", name: "测试中心", city: "南京" } });
  const window = await db.serviceWindow.create({ data: { centerId: center.id, number: 8, name: "8号综合窗口" } });
  const user = await db.user.create({ data: { loginName: "teller08", displayName: "柜员八", passwordHash: "x", roles: ["TELLER"] } });
  teller = { userId: user.id, roles: ["TELLER"], windowId: window.id, approvalLimit: null };
});

const authorizations = (id: string) =>
  db.deductionAuthorization.findMany({
    where: { loanId: id },
    select: { id: true, activeKey: true, pendingKey: true, confirmedById: true, confirmedWindowId: true },
  });

describe("deduction from the spouse's account needs the spouse's own confirmation", () => {
  it("stays pending until the spouse confirms signed in as themselves; nobody else can confirm", async () => {
    const signed = await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "SPOUSE" });
    expect(signed).toMatchObject({ accountNo: spouse.account.accountNo, holderName: "周妻子", duplicate: false, pendingSpouse: true });
    // Pending: not active, so the daily batch (activeKey = loanId) does not deduct from it.
    expect(await authorizations(loanId)).toEqual([
      { id: signed.authorizationId, activeKey: null, pendingKey: loanId, confirmedById: null, confirmedWindowId: null },
    ]);
    expect(await db.deductionAuthorization.findUnique({ where: { activeKey: loanId } })).toBeNull();
    // A double submit answers with the pending one.
    expect(await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "SPOUSE" })).toMatchObject({
      authorizationId: signed.authorizationId,
      duplicate: true,
      pendingSpouse: true,
    });

    // The borrower cannot confirm for the spouse, nor can a stranger: nothing written.
    const auditsBefore = await db.auditEntry.count();
    for (const actor of [borrower.actor, stranger.actor]) {
      await expect(confirmSpouseDeduction({ confirmer: { online: actor }, authorizationId: signed.authorizationId })).rejects.toMatchObject(
        { code: "AUTHORIZATION_NOT_FOUND" },
      );
    }
    expect(await db.auditEntry.count()).toBe(auditsBefore);
    expect((await authorizations(loanId))[0]).toMatchObject({ activeKey: null, pendingKey: loanId });

    expect(await confirmSpouseDeduction({ confirmer: { online: spouse.actor }, authorizationId: signed.authorizationId })).toEqual({
      confirmed: true,
      loanNo: "S001",
    });
    expect(await confirmSpouseDeduction({ confirmer: { online: spouse.actor }, authorizationId: signed.authorizationId })).toEqual({
      confirmed: false,
      loanNo: "S001",
    });
    expect(await authorizations(loanId)).toEqual([
      { id: signed.authorizationId, activeKey: loanId, pendingKey: null, confirmedById: spouse.user.id, confirmedWindowId: null },
    ]);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: signed.authorizationId, action: "DEDUCTION_AUTHORIZATION_CONFIRMED" },
    });
    expect(audit).toMatchObject({ actorId: spouse.user.id, fromState: "PENDING_SPOUSE", toState: "ACTIVE", windowId: null });
    expect(await db.auditEntry.count({ where: { entityId: signed.authorizationId, action: "DEDUCTION_AUTHORIZATION_CONFIRMED" } })).toBe(1);
  });

  it("or at the window with the spouse present (the ID number checked must be the account holder's)", async () => {
    const signed = await signDeductionAuthorization({ actor: borrower2.actor, loanId: loan2Id, account: "SPOUSE" });
    expect(signed.pendingSpouse).toBe(true);
    const refused = await confirmSpouseDeduction({
      confirmer: { atWindow: teller, spouseIdNumber: borrower2.depositor.idNumber },
      authorizationId: signed.authorizationId,
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "NOT_SPOUSE", field: "spouseIdNumber" });
    expect(servicingMessage(refused as never)).toBe("身份证号与被扣划账户的持有人（配偶）不一致，须由配偶本人确认");
    await expect(
      confirmSpouseDeduction({
        confirmer: { atWindow: { ...teller, windowId: null }, spouseIdNumber: spouse2.depositor.idNumber },
        authorizationId: signed.authorizationId,
      }),
    ).rejects.toMatchObject({ code: "WINDOW_REQUIRED" });
    expect((await authorizations(loan2Id))[0]).toMatchObject({ activeKey: null });

    await confirmSpouseDeduction({
      confirmer: { atWindow: teller, spouseIdNumber: spouse2.depositor.idNumber },
      authorizationId: signed.authorizationId,
    });
    expect(await authorizations(loan2Id)).toEqual([
      {
        id: signed.authorizationId,
        activeKey: loan2Id,
        pendingKey: null,
        confirmedById: teller.userId,
        confirmedWindowId: teller.windowId,
      },
    ]);
    expect(
      await db.auditEntry.findFirstOrThrow({ where: { entityId: signed.authorizationId, action: "DEDUCTION_AUTHORIZATION_CONFIRMED" } }),
    ).toMatchObject({ windowId: teller.windowId, detail: { channel: "WINDOW" } });
  });

  it("the borrower's own account needs no confirmation; a pending one can be revoked and then not confirmed", async () => {
    const signed = await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "SPOUSE" });
    expect(signed).toMatchObject({ duplicate: true, pendingSpouse: false });
    const active = await db.deductionAuthorization.findUniqueOrThrow({ where: { activeKey: loanId } });
    await revokeDeductionAuthorization({ actor: borrower.actor, loanId, authorizationId: active.id });
    const own = await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "OWN" });
    expect(own).toMatchObject({ pendingSpouse: false, accountNo: borrower.account.accountNo });
    expect(await db.deductionAuthorization.findUniqueOrThrow({ where: { activeKey: loanId } })).toMatchObject({
      id: own.authorizationId,
      confirmedById: borrower.user.id,
    });
    await revokeDeductionAuthorization({ actor: borrower.actor, loanId, authorizationId: own.authorizationId });

    const pending = await signDeductionAuthorization({ actor: borrower.actor, loanId, account: "SPOUSE" });
    expect(pending.pendingSpouse).toBe(true);
    await expect(signDeductionAuthorization({ actor: borrower.actor, loanId, account: "OWN" })).rejects.toMatchObject({
      code: "AUTHORIZATION_ACTIVE",
    });
    expect(await revokeDeductionAuthorization({ actor: borrower.actor, loanId, authorizationId: pending.authorizationId })).toEqual({
      revoked: true,
    });
    expect(
      await db.auditEntry.findFirstOrThrow({ where: { entityId: pending.authorizationId, action: "DEDUCTION_AUTHORIZATION_REVOKED" } }),
    ).toMatchObject({ fromState: "PENDING_SPOUSE" });
    await expect(
      confirmSpouseDeduction({ confirmer: { online: spouse.actor }, authorizationId: pending.authorizationId }),
    ).rejects.toMatchObject({ code: "AUTHORIZATION_NOT_FOUND" });
  });
});
