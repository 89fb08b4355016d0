import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Whose inbox: the signed-in user's own items, and for a citizen also their depositor's. */
export type InboxOwner = { id: string; depositorId: string | null };

export type InboxItem = {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  read: boolean;
};

/** The rows an owner may see and mark: the one ownership rule of the inbox. */
export function ownedBy(owner: InboxOwner): Prisma.NotificationWhereInput {
  return owner.depositorId ? { OR: [{ userId: owner.id }, { depositorId: owner.depositorId }] } : { userId: owner.id };
}

/** How many unread items the header shows. */
export async function unreadCount(owner: InboxOwner): Promise<number> {
  return db.notification.count({ where: { ...ownedBy(owner), readAt: null } });
}

/** The newest `limit` items, newest first, with the unread count. */
export async function inboxOf(owner: InboxOwner, opts: { limit?: number; unreadOnly?: boolean } = {}) {
  const where = { ...ownedBy(owner), ...(opts.unreadOnly ? { readAt: null } : {}) };
  const [rows, unread, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: opts.limit ?? 100,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    unreadCount(owner),
    db.notification.count({ where }),
  ]);
  const items: InboxItem[] = rows.map(({ readAt, ...r }) => ({ ...r, read: readAt !== null }));
  return { items, unread, total };
}
