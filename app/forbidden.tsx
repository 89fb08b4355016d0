import { PublicHeader } from "@/components/layout/public-header";

/**
 * Rendered with HTTP 403 by forbidden() (requireRole, /access-denied). Kept free of data reads:
 * Next renders this boundary with every route, so it must not query per request; /home works out
 * the user's home when the link is followed.
 */
export default function Forbidden() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-3xl px-4 py-16 text-center">
        <h1 className="text-2xl font-semibold text-slate-900">无权访问此页面（403）</h1>
        <p className="mt-3 text-slate-600">您的账号没有进入该区域的权限。如需开通，请联系系统管理员。</p>
        {/* A plain link: /home is a route handler that redirects. */}
        <a href="/home" className="mt-6 inline-block rounded-md bg-sky-700 px-5 py-2 font-medium text-white hover:bg-sky-800">
          返回我的工作台
        </a>
      </main>
    </>
  );
}
