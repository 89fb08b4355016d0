import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { listWindows } from "@/lib/staff/queries";
import { PageTitle } from "@/components/ui/page-title";
import { Card } from "@/components/ui/card";
import { SpecForm } from "@/components/staff/spec-form";
import { createWindowAction, setWindowSupervisorsAction, updateWindowAction } from "@/app/admin/windows/actions";
import { listWindowDuties } from "@/lib/followups/queries";

export const metadata: Metadata = { title: "服务窗口" };

export default async function WindowsPage() {
  await requireRole("ADMIN");
  const [windows, { duties, supervisors }] = await Promise.all([listWindows(), listWindowDuties()]);
  const onDuty = (windowId: string) => duties.find((d) => d.windowId === windowId)?.supervisorIds ?? [];
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
                  <div className="mt-4">
                    <SpecForm
                      id={`window-${w.number}-supervisors`}
                      action={setWindowSupervisorsAction}
                      submitLabel="保存值班长"
                      fields={[
                        { kind: "hidden", name: "windowId", value: w.id },
                        {
                          kind: "checkboxes",
                          name: "supervisorIds",
                          legend: `${w.number}号窗口的值班长（差评回访与超时督办由其处理；不选则所有值班长均可处理）`,
                          options: supervisors.map((s) => ({ value: s.id, label: s.label })),
                          checked: onDuty(w.id),
                        },
                      ]}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
