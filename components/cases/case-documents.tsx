import type { CaseDocumentDto } from "@/lib/cases/case-documents";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

/**
 * A case's materials (uploaded online or scanned at the window): opened as stored, no rescanning.
 * `openFrom` is the screen whose route opens them ("/window" or "/review": each checks its own role).
 */
export function CaseDocuments({
  caseId,
  documents,
  openFrom,
  caption,
  empty,
}: {
  caseId: string;
  documents: CaseDocumentDto[];
  openFrom: "/window" | "/review";
  /** lib/cases/loan-document-labels caseDocumentsWording: the card's title and the empty list's text. */
  caption: string;
  empty: string;
}) {
  return (
    <DataTable
      caption={caption}
      rows={documents}
      rowKey={(d) => d.id}
      empty={empty}
      columns={[
        { header: "材料", cell: (d) => d.label },
        {
          header: "文件",
          cell: (d) => (
            <a className="text-sky-700 underline" href={`${openFrom}/cases/${caseId}/documents/${d.id}`} target="_blank" rel="noreferrer">
              {d.filename}
            </a>
          ),
        },
        { header: "大小", cell: (d) => `${Math.ceil(d.size / 1024)} KB`, align: "right" },
        { header: "上传时间", cell: (d) => d.uploadedAt },
        { header: "SHA-256", cell: (d) => <code className="text-xs">{d.sha256.slice(0, 16)}…</code> },
        {
          header: "重复使用",
          cell: (d) => (d.sameHashElsewhere ? <Badge tone="bad">另见于 {d.sameHashElsewhere} 份申请</Badge> : "—"),
        },
      ]}
    />
  );
}
