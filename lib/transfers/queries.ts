import "server-only";
import { db } from "@/lib/db";
import type { FundTransferDirection, FundTransferStatus, Prisma } from "@/lib/generated/prisma/client";
import { displayYuan } from "@/lib/money";
import { formatShanghaiDateTime } from "@/lib/dates/business-day";
import { TRANSFER_DIRECTION_LABELS, TRANSFER_STATUS_LABELS } from "@/lib/transfers/labels";
import { transferPlatform } from "@/lib/transfers/local-platform";

export type TransferRowDto = {
  id: string;
  transferNo: string;
  direction: FundTransferDirection;
  directionLabel: string;
  status: FundTransferStatus;
  statusLabel: string;
  holderName: string;
  otherCenterName: string;
  amount: string | null;
  closingInterest: string | null;
  months: number | null;
  submittedAt: string;
  version: number;
  note: string | null;
};

const select = {
  id: true,
  transferNo: true,
  direction: true,
  status: true,
  otherCenterName: true,
  amount: true,
  closingInterest: true,
  months: true,
  submittedAt: true,
  version: true,
  refusalReason: true,
  reviewNote: true,
  depositorId: true,
} as const;

async function rows(where: Prisma.FundTransferWhereInput, take: number): Promise<TransferRowDto[]> {
  const found = await db.fundTransfer.findMany({ where, select, orderBy: { submittedAt: "desc" }, take });
  const names = new Map(
    (await db.depositor.findMany({ where: { id: { in: found.map((t) => t.depositorId) } }, select: { id: true, name: true } })).map((d) => [
      d.id,
      d.name,
    ]),
  );
  return found.map((t) => ({
    id: t.id,
    transferNo: t.transferNo,
    direction: t.direction,
    directionLabel: TRANSFER_DIRECTION_LABELS[t.direction],
    status: t.status,
    statusLabel: TRANSFER_STATUS_LABELS[t.status],
    holderName: names.get(t.depositorId) ?? "",
    otherCenterName: t.otherCenterName,
    amount: t.amount ? displayYuan(t.amount) : null,
    closingInterest: t.closingInterest ? displayYuan(t.closingInterest) : null,
    months: t.months,
    submittedAt: formatShanghaiDateTime(t.submittedAt),
    version: t.version,
    note: t.refusalReason ?? t.reviewNote,
  }));
}

/** The window's list: transfers in flight, and the latest settled ones. */
export async function listTransfersForStaff(): Promise<{ open: TransferRowDto[]; recent: TransferRowDto[] }> {
  const [open, recent] = await Promise.all([
    rows({ status: { in: ["SUBMITTED", "REQUESTED"] } }, 200),
    rows({ status: { in: ["COMPLETED", "REFUSED", "REJECTED"] } }, 30),
  ]);
  return { open, recent };
}

/** A citizen's own transfers. */
export function listTransfersOf(depositorId: string): Promise<TransferRowDto[]> {
  return rows({ depositorId }, 50);
}

/** The other centers a transfer can go to or come from: the platform's directory less this center. */
export async function otherCenterOptions(): Promise<{ value: string; label: string }[]> {
  const own = new Set((await db.fundCenter.findMany({ select: { code: true } })).map((c) => c.code));
  return transferPlatform()
    .centers()
    .filter((c) => !own.has(c.code))
    .map((c) => ({ value: c.code, label: `${c.name}（${c.city}）` }));
}
