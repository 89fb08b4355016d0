import Link from "next/link";

const LINKS = [
  { href: "/risk/fraud", label: "欺诈风险预警" },
  { href: "/risk/workbench", label: "提取回溯核查" },
  { href: "/risk/blacklist", label: "失信黑名单" },
  { href: "/risk/insiders", label: "内部人员监测" },
];

/** The anti-fraud screens' own links (the risk area's home links to each as well). */
export function RiskNav({ current }: { current: string }) {
  return (
    <nav aria-label="反欺诈" className="mb-4 flex flex-wrap gap-4 text-sm">
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.href === current ? "page" : undefined}
          className={l.href === current ? "font-semibold text-slate-900" : "text-sky-700 underline"}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
