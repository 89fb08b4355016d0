import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/roles";
import { PublicHeader } from "@/components/layout/public-header";
import { CitizenLoginForm } from "@/components/auth/citizen-login-form";
import { StaffLoginForm } from "@/components/auth/staff-login-form";
import { citizenLogin, staffLogin } from "@/app/login/actions";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl: raw } = await searchParams;
  const callbackUrl = typeof raw === "string" && raw.startsWith("/") && !raw.startsWith("//") ? raw : undefined;
  // Checked against the database, so a deactivated user is not sent back into a loop.
  const user = await getCurrentUser();

  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-5xl px-4 py-10">
        <h1 className="text-2xl font-semibold">登录</h1>
        {user ? (
          <p className="mt-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm">
            您已以 {user.displayName} 的身份登录。
            <Link href={homePathFor(user.roles)} className="ml-1 font-medium text-sky-800 underline">
              进入我的工作台
            </Link>
          </p>
        ) : null}
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          <section aria-labelledby="citizen-login-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h2 id="citizen-login-title" className="text-lg font-semibold">
              市民登录
            </h2>
            <p className="mb-4 mt-1 text-sm text-slate-500">缴存职工凭身份证号和密码登录，查询账户、办理提取和贷款。</p>
            <CitizenLoginForm citizenLogin={citizenLogin} callbackUrl={callbackUrl} />
            <p className="mt-3 text-sm">
              <Link href="/login/activate" className="text-sky-800 underline">
                开通网上服务 / 忘记密码
              </Link>
            </p>
          </section>
          <section aria-labelledby="staff-login-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h2 id="staff-login-title" className="text-lg font-semibold">
              工作人员登录
            </h2>
            <p className="mb-4 mt-1 text-sm text-slate-500">中心工作人员及单位经办人凭用户名和密码登录。</p>
            <StaffLoginForm staffLogin={staffLogin} callbackUrl={callbackUrl} />
          </section>
        </div>
      </main>
    </>
  );
}
