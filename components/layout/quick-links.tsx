import Link from "next/link";

/** A row of links to an area's sub-pages, under its page title. */
export function QuickLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  return (
    <nav aria-label={label} className="mb-6 flex flex-wrap gap-2 text-sm">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className="rounded-md border border-sky-200 bg-white px-3 py-1.5 text-sky-800 hover:bg-sky-50">
          {l.text}
        </Link>
      ))}
    </nav>
  );
}
