import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireRole } from "@/lib/auth/current-user";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { WithdrawalApplyForm } from "@/components/withdrawals/apply-form";
import { applyAtWindow } from "@/app/window/withdrawals/new/actions";

export const metadata: Metadata = { title: "窗口受理提取" };

export default async function NewWindowWithdrawalPage() {
  await requireRole("TELLER");
  return (
    <>
      <PageTitle subtitle="核验身份证件后，扫描或拍照上传申请材料">窗口受理提取</PageTitle>
      <Card id="apply" title="提取申请">
        <WithdrawalApplyForm action={applyAtWindow} idempotencyKey={randomUUID()} balance={null} />
      </Card>
    </>
  );
}
