import { CENTER_STAFF_ROLES } from "@/lib/auth/roles";
import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/roles";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { SpecForm } from "@/components/staff/spec-form";
import { changePasswordAction } from "@/app/staff/password/actions";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const me = await requireRole(...CENTER_STAFF_ROLES);
  const { done } = await searchParams;
  return (
    <>
      <PageTitle
        subtitle={me.mustChangePassword ? "您使用的是管理员设置的初始密码，请先设置本人密码后再办理业务" : "密码至少10位，须包含字母和数字"}
      >
        修改密码
      </PageTitle>
      <Card id="password" title="设置新密码">
        {done && !me.mustChangePassword ? (
          <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            密码已修改。
            <Link className="ml-2 text-sky-800 underline" href={homePathFor(me.roles)}>
              进入工作台
            </Link>
          </p>
        ) : null}
        <SpecForm
          id="password"
          action={changePasswordAction}
          submitLabel="修改密码"
          columns={1}
          fields={[
            { kind: "password", name: "currentPassword", label: "当前密码", autoComplete: "current-password" },
            { kind: "password", name: "newPassword", label: "新密码（至少10位，含字母和数字）", autoComplete: "new-password" },
            { kind: "password", name: "confirmPassword", label: "再次输入新密码", autoComplete: "new-password" },
          ]}
        />
      </Card>
    </>
  );
}
