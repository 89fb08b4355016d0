import { z } from "zod";

/** One item marked read (its id), or every unread item of the inbox ("all"). */
export const ZMarkRead = z.object({ id: z.union([z.literal("all"), z.string().trim().min(1, "请选择消息").max(64)]) });
export type TMarkRead = z.infer<typeof ZMarkRead>;
