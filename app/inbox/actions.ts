"use server";

import { AREAS } from "@/lib/auth/roles";
import { formAction } from "@/lib/forms/action";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { ZMarkRead } from "@/lib/notifications/schemas";

const INBOX_ROLES = AREAS.find((a) => a.path === "/inbox")!.roles;

/** 标为已读 / 全部标为已读: a POST, never a GET. */
export const markReadAction = formAction({
  roles: INBOX_ROLES,
  schema: ZMarkRead,
  domain: "notifications",
  echo: false,
  run: (actor, input) => markNotificationsRead({ actor, id: input.id }),
  revalidate: ["/inbox"],
});
