/** CSV and PDF download links of one statement; the accessible names say which file. */
export function DownloadLinks({ href, what }: { href: string; what: string }) {
  return (
    <span className="flex gap-3 text-sm">
      <a href={`${href}/csv`} download className="text-sky-700 underline" aria-label={`下载${what}（CSV）`}>
        下载 CSV
      </a>
      <a href={`${href}/pdf`} download className="text-sky-700 underline" aria-label={`下载${what}（PDF）`}>
        下载 PDF
      </a>
    </span>
  );
}
