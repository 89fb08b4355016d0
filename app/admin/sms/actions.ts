"use server";

import { formAction } from "@/lib/forms/action";
import { resendSms } from "@/lib/notifications/resend-sms";
import { ZResendSms } from "@/lib/notifications/schemas";

/** 重新发送: an ADMIN puts a failed SMS back in the outbox, once (a POST, audited). */
export const resendSmsAction = formAction({
  roles: ["ADMIN"],
  schema: ZResendSms,
  domain: "notifications",
  echo: false,
  run: (actor, input) => resendSms({ actor, smsId: input.id, resends: input.resends }),
  revalidate: ["/admin/sms"],
});
