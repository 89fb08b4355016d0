import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
import { ActivateForms } from "@/components/auth/activate-form";
import { redeemCodeAction, requestCodeAction } from "@/app/login/activate/actions";

export const metadata: Metadata = { title: "开通网上服务 / 忘记密码" };

/** Public: a depositor opens their online sign-in, or sets a new password, with a code texted to the phone on file. */
export default function ActivatePage() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-xl px-4 py-10">
        <h1 className="text-2xl font-semibold">开通网上服务 / 忘记密码</h1>
        <p className="mt-2 text-sm text-slate-600">
          已在中心缴存公积金的职工，可凭短信验证码开通网上服务；已开通的可重新设置密码。预留手机号有变化的，请携带身份证到服务窗口更新。
        </p>
        <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ActivateForms requestCode={requestCodeAction} redeemCode={redeemCodeAction} />
        </div>
        <p className="mt-4 text-sm">
          <Link className="text-sky-800 underline" href="/login">
            返回登录
          </Link>
        </p>
      </main>
    </>
  );
}
