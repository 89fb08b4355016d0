import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/current-user";
import { AREAS } from "@/lib/auth/roles";
import { inboxOf } from "@/lib/notifications/queries";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { InboxList } from "@/components/notifications/inbox-list";
import { RowActionButton } from "@/components/forms/row-action-button";
import { markReadAction } from "./actions";

export const metadata: Metadata = { title: "消息中心" };

const INBOX_ROLES = AREAS.find((a) => a.path === "/inbox")!.roles;

export default async function InboxPage() {
  const user = await requireRole(...INBOX_ROLES);
  const { items, unread, total } = await inboxOf(user, { limit: 100 });
  return (
    <>
      <PageTitle subtitle={`共 ${total} 条，未读 ${unread} 条${total > items.length ? `，显示最近 ${items.length} 条` : ""}`}>
        消息中心
      </PageTitle>
      <Card
        id="inbox"
        title="我的消息"
        actions={
          unread > 0 ? (
            <RowActionButton formKey="mark-read-all" fields={{ id: "all" }} text="全部标为已读" action={markReadAction} />
          ) : undefined
        }
      >
        <InboxList items={items} markReadAction={markReadAction} />
      </Card>
    </>
  );
}
