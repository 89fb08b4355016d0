import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { CENTER_NAME } from "@/components/layout/center";

export const metadata: Metadata = {
  title: { default: CENTER_NAME, template: `%s · ${CENTER_NAME}` },
  description: "住房公积金缴存、提取、贷款与不动产抵押登记一窗通办",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
