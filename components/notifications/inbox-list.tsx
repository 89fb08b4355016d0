import Link from "next/link";
import type { FormAction } from "@/lib/action-state";
import type { InboxItem } from "@/lib/notifications/queries";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/labels";
import { Badge } from "@/components/ui/badge";
import { RowActionButton } from "@/components/forms/row-action-button";

const TIME = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** The inbox: newest first, unread ones marked, each with its link and a 标为已读 button. */
export function InboxList({ items, markReadAction }: { items: InboxItem[]; markReadAction: FormAction }) {
  if (items.length === 0) return <p className="text-sm text-slate-500">暂无消息。</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="消息列表">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid="inbox-item">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={item.read ? "neutral" : "info"}>{NOTIFICATION_KIND_LABELS[item.kind]}</Badge>
              <span className={item.read ? "text-slate-700" : "font-semibold text-slate-900"}>{item.title}</span>
              {item.read ? null : <Badge tone="warn">未读</Badge>}
            </p>
            <p className="mt-1 break-words text-sm text-slate-700">{item.body}</p>
            <p className="mt-1 text-xs text-slate-500">
              <time dateTime={item.createdAt.toISOString()}>{TIME.format(item.createdAt)}</time>
              {item.link ? (
                <Link href={item.link} className="ml-3 text-sky-700 underline">
                  查看详情
                </Link>
              ) : null}
            </p>
          </div>
          {item.read ? null : (
            <RowActionButton formKey={`mark-read-${item.id}`} fields={{ id: item.id }} text="标为已读" action={markReadAction} />
          )}
        </li>
      ))}
    </ul>
  );
}
