import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listTransfersForStaff, otherCenterOptions } from "@/lib/transfers/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { TransferTable } from "@/components/transfers/transfer-table";
import { ApplyTransferForm, DecideTransferForm, ReceiveMessagesForm } from "@/components/transfers/transfer-forms";
import { applyTransferAtWindowAction, decideTransferOutAction, receivePlatformMessagesAction } from "./actions";

export const metadata: Metadata = { title: "异地转移接续" };

export default async function WindowTransfersPage() {
  await requireRole("TELLER");
  const [{ open, recent }, centers] = await Promise.all([listTransfersForStaff(), otherCenterOptions()]);
  return (
    <>
      <PageTitle subtitle={`在办 ${open.length} 笔`}>异地转移接续</PageTitle>
      <div className="space-y-6">
        <Card id="apply" title="窗口受理转移申请">
          <ApplyTransferForm action={applyTransferAtWindowAction} idempotencyKey={randomUUID()} centers={centers} atWindow />
        </Card>
        <Card id="open" title="在办转移申请" actions={<ReceiveMessagesForm action={receivePlatformMessagesAction} />}>
          <TransferTable
            staff
            rows={open}
            caption="待审批与待对方中心办理的转移申请"
            empty="暂无在办转移申请"
            actions={(r) =>
              r.status === "SUBMITTED" && r.direction === "OUT" ? (
                <DecideTransferForm transferId={r.id} transferNo={r.transferNo} version={r.version} action={decideTransferOutAction} />
              ) : null
            }
          />
        </Card>
        <Card id="recent" title="近期办结">
          <TransferTable staff rows={recent} caption="近期办结的转移申请" empty="暂无" />
        </Card>
      </div>
    </>
  );
}
