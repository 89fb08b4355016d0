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
  /** A staff queue item: the queue entry it belongs to (closeQueue marks it done for everyone). */
  queueKey?: string | null;
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
    INSERT INTO "Notification" (id, "userId", "depositorId", kind, title, body, link, "eventKey", "createdAt", "queueKey")
    VALUES (gen_random_uuid()::text, ${userId}, ${depositorId}, ${n.kind}::"NotificationKind", ${n.title}, ${n.body},
            ${n.link ?? null}, ${n.eventKey}, ${n.now}, ${n.queueKey ?? null})
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
 * `withdrawalAuthority`: only those whose withdrawal authority (User.withdrawalLimit) covers it.
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
    queueKey?: string | null;
    withdrawalAuthority?: string | null;
    now: Date;
  },
): Promise<number> {
  const except = (n.except ?? []).filter((id): id is string => !!id);
  const authority = n.withdrawalAuthority ?? null;
  return tx.$executeRaw`
    INSERT INTO "Notification" (id, "userId", kind, title, body, link, "eventKey", "createdAt", "queueKey")
    SELECT gen_random_uuid()::text, u.id, ${n.kind}::"NotificationKind", ${n.title}, ${n.body}, ${n.link ?? null},
           ${n.eventKey} || ':' || u.id, ${n.now}, ${n.queueKey ?? null}
      FROM "User" u
     WHERE u.active AND ${n.role}::"Role" = ANY (u.roles) AND u.id <> ALL (${except}::text[])
       AND (${authority}::numeric IS NULL OR u."withdrawalLimit" >= ${authority}::numeric)
    ON CONFLICT ("eventKey") DO NOTHING`;
}

/**
 * Someone acted on a queue entry (decided, paid, withdrew it): its items are done for everyone who
 * got one (readAt set where still unread), in the acting transaction. The acting use case's own
 * audit row records the act; this is its consequence. Returns how many items were closed.
 */
export async function closeQueue(tx: Tx, queueKeys: readonly string[], now: Date): Promise<number> {
  if (queueKeys.length === 0) return 0;
  return tx.$executeRaw`
    UPDATE "Notification" SET "readAt" = ${now}
     WHERE "queueKey" = ANY (${[...queueKeys]}::text[]) AND "readAt" IS NULL`;
}
