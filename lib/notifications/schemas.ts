import { z } from "zod";

/** One item marked read (its id), or every unread item of the inbox ("all"). */
export const ZMarkRead = z.object({ id: z.union([z.literal("all"), z.string().trim().min(1, "请选择消息").max(64)]) });
export type TMarkRead = z.infer<typeof ZMarkRead>;

/** 重新发送 a failed SMS: its id and the resend count the admin saw (a second click acts once). */
export const ZResendSms = z.object({
  id: z.string().trim().min(1, "请选择短信").max(64),
  resends: z.coerce.number().int().min(0).max(1_000_000),
});
export type TResendSms = z.infer<typeof ZResendSms>;
