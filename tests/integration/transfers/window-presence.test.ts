import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { submitTransfer, type SubmitTransferOptions } from "@/lib/transfers/submit-transfer";
import { transferMessage } from "@/lib/transfers/messages";
import { issuePresenceCode } from "@/lib/withdrawals/presence-code";
import { BEIJING, NOW, remoteAccount, world, writes } from "./fixtures";

type World = Awaited<ReturnType<typeof world>>;
let keys = 0;
const out = (s: World, over: Partial<SubmitTransferOptions> = {}): SubmitTransferOptions => ({
  actor: s.maker,
  channel: "WINDOW",
  direction: "OUT",
  depositorId: s.holder.depositor.id,
  otherCenterCode: BEIJING,
  idempotencyKey: `presence-${++keys}`,
  now: NOW,
  ...over,
});
const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, field: error.field, message: transferMessage(error) };
    throw error;
  }
  throw new Error("expected a DomainError");
};

describe("a transfer out taken at a window asks for the citizen's presence (as a window withdrawal)", () => {
  it("without evidence: refused with a Chinese message at the presence field, nothing written", async () => {
    const s = await world("5000.00");
    await remoteAccount(BEIJING, s.holder.depositor);
    const before = await writes();
    expect(await refusal(submitTransfer(out(s)))).toEqual({
      code: "PRESENCE_REQUIRED",
      field: "presence",
      message: "请核验申请人本人到场：读取身份证，或输入申请人在网上服务大厅显示的确认码",
    });
    expect(await writes()).toEqual(before);
    expect(await db.fundTransfer.count({ where: { depositorId: s.holder.depositor.id } })).toBe(0);
  });

  it("someone else's card, or a wrong portal code: refused, nothing written; the wrong code counts a try", async () => {
    const s = await world("5000.00");
    const { code } = await issuePresenceCode({ actor: s.citizen, now: NOW });
    const before = await writes();
    const otherCard = { kind: "ID_CARD" as const, idNumber: s.holder.depositor.idNumber, name: "别人" };
    expect(await refusal(submitTransfer(out(s, { presence: otherCard })))).toEqual({
      code: "PRESENCE_MISMATCH",
      field: "presence",
      message: "读取的身份证信息与申请人不符，不能受理",
    });
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await refusal(submitTransfer(out(s, { presence: { kind: "PORTAL_CODE", code: wrong } })))).toMatchObject({
      code: "PRESENCE_CODE_INVALID",
      field: "presenceCode",
    });
    expect(await writes()).toEqual(before);
    const live = await db.presenceCode.findFirstOrThrow({ where: { depositorId: s.holder.depositor.id } });
    expect(live).toMatchObject({ failedTries: 1, usedAt: null });
  });

  it("the citizen's live portal code (or their card) is accepted once: the code is used up and the audit row names the evidence", async () => {
    const s = await world("5000.00");
    const { code } = await issuePresenceCode({ actor: s.citizen, now: NOW });
    const t = await submitTransfer(out(s, { presence: { kind: "PORTAL_CODE", code } }));
    expect(t).toMatchObject({ status: "SUBMITTED", duplicate: false });
    const used = await db.presenceCode.findFirstOrThrow({ where: { depositorId: s.holder.depositor.id } });
    expect(used.usedById).toBe(s.maker.userId);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "TRANSFER_OUT_SUBMITTED", entityId: t.transferId } });
    expect(audit.detail).toMatchObject({ presence: "PORTAL_CODE", channel: "WINDOW" });

    const s2 = await world("3000.00");
    const card = { kind: "ID_CARD" as const, idNumber: s2.holder.depositor.idNumber.toLowerCase(), name: ` ${s2.holder.depositor.name} ` };
    const t2 = await submitTransfer(out(s2, { presence: card }));
    const audit2 = await db.auditEntry.findFirstOrThrow({ where: { action: "TRANSFER_OUT_SUBMITTED", entityId: t2.transferId } });
    expect(audit2.detail).toMatchObject({ presence: "ID_CARD" });
  });

  it("online the citizen is signed in themselves: no window evidence asked", async () => {
    const s = await world("5000.00");
    expect(await submitTransfer(out(s, { actor: s.citizen, channel: "ONLINE" }))).toMatchObject({ status: "SUBMITTED" });
  });
});
