import Link from "next/link";
import { CENTER_NAME } from "@/components/layout/center";

/** Header of the public pages (landing, sign-in, errors). */
export function PublicHeader() {
  return (
    <header className="border-b border-sky-900 bg-sky-800 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          {CENTER_NAME}
        </Link>
        <Link href="/login" className="rounded border border-sky-300 px-3 py-1 text-sm hover:bg-sky-700">
          登录
        </Link>
      </div>
    </header>
  );
}
