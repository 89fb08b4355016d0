import type { Metadata } from "next";
import { verifyCertificate } from "@/lib/accounts/certificate-queries";
import { PublicHeader } from "@/components/layout/public-header";
import { Facts } from "@/components/ui/facts";
import { displayYuan } from "@/lib/money";

export const metadata: Metadata = { title: "缴存证明核验" };

/** Public: anyone holding a certificate's verification code can check what it said. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const input = (code ?? "").slice(0, 40);
  const found = input ? await verifyCertificate(input) : null;
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-2xl font-semibold text-slate-900">缴存证明核验</h1>
        <form method="get" className="mt-6 flex max-w-md items-end gap-3">
          <div className="flex-1">
            <label htmlFor="verify-code" className="block text-sm font-medium text-slate-700">
              验证码
            </label>
            <input
              id="verify-code"
              name="code"
              defaultValue={input}
              placeholder="XXXX-XXXX-XXXX"
              maxLength={20}
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 uppercase"
            />
          </div>
          <button type="submit" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
            核验
          </button>
        </form>
        {input && !found ? (
          <p role="alert" className="mt-6 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            未找到该验证码对应的缴存证明，请核对验证码。
          </p>
        ) : null}
        {found ? (
          <section aria-labelledby="verified-title" className="mt-6 rounded-lg border border-emerald-200 bg-white p-5 shadow-sm">
            <h2 id="verified-title" className="mb-4 font-semibold text-emerald-800">
              证明真实有效：{found.code}（开具于 {found.issuedAt}）
            </h2>
            <Facts
              items={[
                { label: "缴存人", value: found.snapshot.holderNameMasked },
                { label: "身份证号", value: found.snapshot.idNumberMasked },
                { label: "公积金账号", value: found.snapshot.accountNo },
                { label: "缴存单位", value: found.snapshot.employerName },
                { label: "账户状态", value: found.snapshot.status },
                { label: "账户余额（开具时）", value: displayYuan(found.snapshot.balance) },
                { label: "缴存基数", value: displayYuan(found.snapshot.contributionBase) },
                { label: "已缴存月数", value: `${found.snapshot.monthsContributed} 个月` },
                {
                  label: "缴存期间",
                  value: found.snapshot.firstMonth ? `${found.snapshot.firstMonth} 至 ${found.snapshot.lastMonth}` : "无",
                },
              ]}
            />
          </section>
        ) : null}
      </main>
    </>
  );
}
