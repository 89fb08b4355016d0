import type { Tx } from "@/lib/db";
import type { NotificationKind, Role } from "@/lib/generated/prisma/enums";
import { SMS_SIGNATURE } from "./texts";

/** Who gets it: a user who signs in (staff, employer agent) or a depositor (their citizen sign-in reads it). */
export type Recipient = { userId: string } | { depositorId: string };

export type NewNotification = {
  to: Recipient;
  kind: NotificationKind;
  /** Unique per event and recipient: the same event never notifies twice. */
  eventKey: string;
  title: string;
  body: string;
  link?: string | null;
  /** Also text the body to this phone (the depositor's), sent after commit by the dispatcher. */
  sms?: { phone: string; expiresAt?: Date | null } | null;
  now: Date;
};

/**
 * Writes one inbox item, and its SMS outbox row when asked, in the caller's transaction: they
 * commit or roll back with the event. An eventKey already written is skipped (false), with no
 * second SMS.
 */
export async function notify(tx: Tx, n: NewNotification): Promise<boolean> {
  const userId = "userId" in n.to ? n.to.userId : null;
  const depositorId = "depositorId" in n.to ? n.to.depositorId : null;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Notification" (id, "userId", "depositorId", kind, title, body, link, "eventKey", "createdAt")
    VALUES (gen_random_uuid()::text, ${userId}, ${depositorId}, ${n.kind}::"NotificationKind", ${n.title}, ${n.body},
            ${n.link ?? null}, ${n.eventKey}, ${n.now})
    ON CONFLICT ("eventKey") DO NOTHING
    RETURNING id`;
  const created = rows[0];
  if (!created) return false;
  if (n.sms) {
    await tx.$executeRaw`
      INSERT INTO "SmsOutbox" (id, "notificationId", phone, text, "expiresAt", "nextAttemptAt", "createdAt")
      VALUES (gen_random_uuid()::text, ${created.id}, ${n.sms.phone}, ${SMS_SIGNATURE + n.body}, ${n.sms.expiresAt ?? null}, ${n.now}, ${n.now})`;
  }
  return true;
}

/**
 * One inbox item for every active staff member holding `role` (not those in `except`), e.g. every
 * reviewer when a case reaches the approval queue. Inbox only; eventKey gets the user's id.
 */
export async function notifyRole(
  tx: Tx,
  n: {
    role: Role;
    except?: readonly (string | null | undefined)[];
    kind: NotificationKind;
    eventKey: string;
    title: string;
    body: string;
    link?: string | null;
    now: Date;
  },
): Promise<number> {
  const except = (n.except ?? []).filter((id): id is string => !!id);
  return tx.$executeRaw`
    INSERT INTO "Notification" (id, "userId", kind, title, body, link, "eventKey", "createdAt")
    SELECT gen_random_uuid()::text, u.id, ${n.kind}::"NotificationKind", ${n.title}, ${n.body}, ${n.link ?? null},
           ${n.eventKey} || ':' || u.id, ${n.now}
      FROM "User" u
     WHERE u.active AND ${n.role}::"Role" = ANY (u.roles) AND u.id <> ALL (${except}::text[])
    ON CONFLICT ("eventKey") DO NOTHING`;
}
