import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
import { LoanCalculatorForm } from "@/components/calculator/loan-calculator-form";
import { calculateLoanAction } from "@/app/calculator/actions";

export const metadata: Metadata = { title: "贷款额度试算" };

/** Public: anyone can try the loan limits under the current policy, without signing in. */
export default function CalculatorPage() {
  return (
    <>
      <PublicHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="mb-2 text-2xl font-semibold text-slate-900">贷款额度试算</h1>
        <p className="mb-6 text-sm text-slate-600">
          按现行贷款政策计算各项额度和起决定作用的一项，与窗口受理时的计算相同。已缴存职工可
          <Link href="/login" className="text-sky-700 underline">
            登录
          </Link>
          后在网上申请时按本人账户数据试算。
        </p>
        <LoanCalculatorForm calculateAction={calculateLoanAction} />
      </main>
    </>
  );
}
