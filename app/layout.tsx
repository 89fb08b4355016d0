import type { Metadata } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import "./globals.css";
import { CENTER_NAME } from "@/components/layout/center";

export const metadata: Metadata = {
  title: { default: CENTER_NAME, template: `%s · ${CENTER_NAME}` },
  description: "住房公积金缴存、提取、贷款与不动产抵押登记一窗通办",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // NOTE: every page renders per request, so Next can put this request's CSP nonce (proxy.ts) on
  // its scripts; a page prerendered at build time would carry no nonce and its scripts would not run.
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
