/** CSV and PDF download links of one statement; each link's text names the file it gives. */
export function DownloadLinks({ href, what }: { href: string; what: string }) {
  return (
    <span className="flex flex-wrap gap-3 text-sm">
      <a href={`${href}/csv`} download className="text-sky-700 underline">
        下载{what}（CSV）
      </a>
      <a href={`${href}/pdf`} download className="text-sky-700 underline">
        下载{what}（PDF）
      </a>
    </span>
  );
}
