import type { CaseDocumentDto } from "@/lib/cases/case-documents";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";

/** The materials the citizen uploaded online: opened as stored, no rescanning at the window. */
export function CaseDocuments({ caseId, documents }: { caseId: string; documents: CaseDocumentDto[] }) {
  return (
    <DataTable
      caption="网上申请材料"
      rows={documents}
      rowKey={(d) => d.id}
      empty="申请人未在网上上传材料"
      columns={[
        { header: "材料", cell: (d) => d.label },
        {
          header: "文件",
          cell: (d) => (
            <a className="text-sky-700 underline" href={`/window/cases/${caseId}/documents/${d.id}`} target="_blank" rel="noreferrer">
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
