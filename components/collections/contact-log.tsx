import type { CollectionCaseDto } from "@/lib/collections/case-queries";
import { DataTable } from "@/components/ui/data-table";

/** The case's contact log, newest first. */
export function ContactLog({ contacts }: { contacts: CollectionCaseDto["contacts"] }) {
  return (
    <DataTable
      caption="联系记录"
      rows={contacts}
      rowKey={(x) => x.id}
      empty="尚无联系记录"
      columns={[
        { header: "时间", cell: (x) => x.at },
        { header: "方式", cell: (x) => x.kindLabel },
        { header: "对象", cell: (x) => x.party },
        { header: "结果", cell: (x) => x.outcome },
        { header: "承诺还款", cell: (x) => (x.promisedAmount && x.promisedDate ? `${x.promisedDate} 前 ${x.promisedAmount}` : "—") },
        { header: "备注", cell: (x) => x.note ?? "—" },
        { header: "登记人", cell: (x) => x.by },
      ]}
    />
  );
}
