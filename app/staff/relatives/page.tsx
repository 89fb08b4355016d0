import { CENTER_STAFF_ROLES } from "@/lib/auth/roles";
import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listRelatives } from "@/lib/staff/admin-queries";
import { RELATIONS } from "@/lib/staff/schemas";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { SpecForm } from "@/components/staff/spec-form";
import { declareRelativeAction } from "@/app/staff/relatives/actions";

export const metadata: Metadata = { title: "亲属申报" };

export default async function RelativesPage() {
  const me = await requireRole(...CENTER_STAFF_ROLES);
  const relatives = await listRelatives(me.id);
  return (
    <>
      <PageTitle subtitle="申报后，系统将拒绝由您经办这些亲属的业务（配偶已按缴存信息自动回避）；申报有误请联系系统管理员撤销">
        亲属申报（回避）
      </PageTitle>
      <div className="space-y-6">
        <Card id="declare" title="申报亲属">
          <SpecForm
            id="declare"
            action={declareRelativeAction}
            submitLabel="申报"
            fields={[
              { kind: "text", name: "name", label: "亲属姓名" },
              { kind: "text", name: "idNumber", label: "亲属身份证号", autoComplete: "off" },
              {
                kind: "select",
                name: "relation",
                label: "关系",
                options: [{ value: "", label: "请选择" }, ...RELATIONS.map((r) => ({ value: r, label: r }))],
                defaultValue: "",
              },
            ]}
          />
        </Card>
        <Card id="mine" title={`我已申报的亲属（${relatives.length}）`}>
          <DataTable
            caption="我已申报的亲属"
            rows={relatives}
            rowKey={(r) => r.id}
            empty="尚未申报亲属"
            columns={[
              { header: "姓名", cell: (r) => r.name },
              { header: "关系", cell: (r) => r.relation },
              { header: "身份证号", cell: (r) => r.idNumber },
              { header: "申报时间", cell: (r) => r.declaredAt },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
