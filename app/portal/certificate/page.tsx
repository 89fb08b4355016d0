import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/auth/current-user";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "缴存证明" };

export default async function CertificatePage() {
  await requireRole("CITIZEN");
  return (
    <>
      <PageTitle subtitle="用于贷款、落户、签证等场合，对方可凭验证码在线核验">缴存证明</PageTitle>
      <Card id="certificate" title="开具缴存证明">
        <p className="mb-4 text-sm text-slate-600">
          每次下载都会生成一份带有新验证码的 PDF 证明，内容为开具时的账户情况。任何人可在
          <Link href="/verify" className="mx-1 text-sky-700 underline">
            证明核验
          </Link>
          页面输入验证码核对真伪。
        </p>
        <a
          href="/portal/certificate/download"
          className="inline-block rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
        >
          下载缴存证明（PDF）
        </a>
      </Card>
    </>
  );
}
