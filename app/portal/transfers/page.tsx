import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { getBalance } from "@/lib/accounts/account-queries";
import { ACCOUNT_STATUS_LABELS } from "@/lib/accounts/labels";
import type { AccountStatus } from "@/lib/generated/prisma/enums";
import { listTransfersOf, otherCenterOptions } from "@/lib/transfers/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { TransferTable } from "@/components/transfers/transfer-table";
import { ApplyTransferForm } from "@/components/transfers/transfer-forms";
import { applyTransferAction } from "./actions";

export const metadata: Metadata = { title: "异地转移接续" };

export default async function PortalTransfersPage() {
  const user = await requireRole("CITIZEN");
  const depositorId = user.depositorId;
  const [balance, transfers, centers] = depositorId
    ? await Promise.all([getBalance(depositorId), listTransfersOf(depositorId), otherCenterOptions()])
    : [null, [], []];
  return (
    <>
      <PageTitle
        subtitle={balance ? `账户余额 ${balance.balance}，账户状态：${ACCOUNT_STATUS_LABELS[balance.status as AccountStatus]}` : undefined}
      >
        异地转移接续
      </PageTitle>
      <div className="space-y-6">
        <Card id="mine" title="我的转移申请">
          <TransferTable rows={transfers} caption="我的转移申请" empty="暂无转移申请" />
        </Card>
        {balance && balance.status !== "CLOSED" ? (
          <Card id="apply" title="申请转移接续">
            <ApplyTransferForm action={applyTransferAction} idempotencyKey={randomUUID()} centers={centers} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
