import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";

export default function NotFound() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-3xl px-4 py-16 text-center">
        <h1 className="text-2xl font-semibold text-slate-900">页面不存在（404）</h1>
        <p className="mt-3 text-slate-600">您访问的页面不存在或已被移除。</p>
        <Link href="/" className="mt-6 inline-block rounded-md bg-sky-700 px-5 py-2 font-medium text-white hover:bg-sky-800">
          返回首页
        </Link>
      </main>
    </>
  );
}
