import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
import { CENTER_NAME } from "@/components/layout/center";

const SERVICES = [
  { title: "缴存", text: "单位按月汇缴，职工随时查询账户余额、缴存基数与缴存明细。" },
  { title: "提取", text: "购房、租房、退休等情形申请提取住房公积金。" },
  { title: "贷款", text: "申请住房公积金贷款，在线查看审批进度与还款计划。" },
  { title: "不动产抵押登记", text: "贷款签约后当场办理抵押登记，无需往返不动产登记中心。" },
];

export default function LandingPage() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-6xl px-4 py-12">
        <h1 className="text-3xl font-semibold text-slate-900">{CENTER_NAME}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-600">
          缴存、提取、贷款、不动产抵押登记“一窗通办”：一次取号、一个窗口、一套材料，办完公积金贷款的全部手续。
        </p>
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {SERVICES.map((s) => (
            <li key={s.title} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="font-semibold text-sky-800">{s.title}</h2>
              <p className="mt-2 text-sm text-slate-600">{s.text}</p>
            </li>
          ))}
        </ul>
        <div className="mt-10 flex flex-wrap gap-3">
          <Link href="/login" className="rounded-md bg-sky-700 px-5 py-2.5 font-medium text-white hover:bg-sky-800">
            市民登录
          </Link>
          <Link href="/login" className="rounded-md border border-sky-700 px-5 py-2.5 font-medium text-sky-800 hover:bg-sky-50">
            工作人员登录
          </Link>
          <Link href="/calculator" className="rounded-md border border-sky-700 px-5 py-2.5 font-medium text-sky-800 hover:bg-sky-50">
            贷款额度试算
          </Link>
        </div>
      </main>
    </>
  );
}
