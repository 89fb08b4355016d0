import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listWindows } from "@/lib/staff/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { SpecForm } from "@/components/staff/spec-form";
import { createWindowAction, updateWindowAction } from "@/app/admin/windows/actions";

export const metadata: Metadata = { title: "服务窗口" };

export default async function WindowsPage() {
  await requireRole("ADMIN");
  const windows = await listWindows();
  return (
    <>
      <PageTitle subtitle="窗口名称与启用状态；有柜员签到办理中的窗口不能停用">服务窗口</PageTitle>
      <div className="space-y-6">
        <Card id="new-window" title="开设窗口">
          <SpecForm
            id="new-window"
            action={createWindowAction}
            submitLabel="开设"
            fields={[
              { kind: "text", name: "number", label: "窗口号", inputMode: "numeric" },
              { kind: "text", name: "name", label: "窗口名称" },
            ]}
          />
        </Card>
        <Card id="windows" title={`现有窗口（${windows.length}）`}>
          {windows.length === 0 ? (
            <p className="text-sm text-slate-600">尚未设置服务窗口</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {windows.map((w) => (
                <li key={w.id} className="py-4">
                  <h3 className="mb-2 text-sm font-semibold text-slate-800">
                    {w.number}号窗口{w.active ? "" : "（已停用）"}
                  </h3>
                  <SpecForm
                    id={`window-${w.number}`}
                    action={updateWindowAction}
                    submitLabel="保存"
                    fields={[
                      { kind: "hidden", name: "windowId", value: w.id },
                      { kind: "text", name: "name", label: "窗口名称", defaultValue: w.name },
                      { kind: "checkbox", name: "active", label: "启用", checked: w.active },
                    ]}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
