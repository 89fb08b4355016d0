import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { getRateBoundsText } from "@/lib/employers/staff-queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { RegisterEmployerForm } from "@/components/employers/employer-forms";
import { registerEmployerAction } from "@/app/window/employers/actions";

export const metadata: Metadata = { title: "单位开户" };

export default async function NewEmployerPage() {
  await requireRole("TELLER");
  const bounds = await getRateBoundsText();
  return (
    <>
      <PageTitle subtitle="登记缴存单位及本缴存年度的缴存比例">单位开户</PageTitle>
      <Card id="register" title="单位信息">
        <RegisterEmployerForm action={registerEmployerAction} bounds={bounds} />
      </Card>
    </>
  );
}
