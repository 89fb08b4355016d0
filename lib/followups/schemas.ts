import { z } from "zod";
import { KIOSK_ID_SUFFIX, KIOSK_TICKET_NO, RATING_COMMENT_MAX, REPLY_MAX } from "@/lib/followups/rules";

export const ZRateCase = z.object({
  caseId: z.string().min(1, "未找到您的这笔办件"),
  score: z.coerce
    .number({ message: "请选择1至5分的评价" })
    .int("请选择1至5分的评价")
    .min(1, "请选择1至5分的评价")
    .max(5, "请选择1至5分的评价"),
  comment: z.string().trim().max(RATING_COMMENT_MAX, `评价内容不超过${RATING_COMMENT_MAX}字`).optional().default(""),
});
export type TRateCase = z.infer<typeof ZRateCase>;

export const ZReplyFollowUp = z.object({
  taskId: z.string().min(1, "未找到该回访任务"),
  reply: z.string().trim().min(5, "请填写处理结果（至少5个字）").max(REPLY_MAX, `处理结果不超过${REPLY_MAX}字`),
});
export type TReplyFollowUp = z.infer<typeof ZReplyFollowUp>;

/** ADMIN: the supervisors on duty for one window (none: every supervisor handles its tasks). */
export const ZSetWindowSupervisors = z.object({
  windowId: z.string().min(1, "未找到该窗口"),
  supervisorIds: z.array(z.string().min(1, "请选择在岗的值班长")).max(20, "请选择在岗的值班长"),
});
export type TSetWindowSupervisors = z.infer<typeof ZSetWindowSupervisors>;

/** 好差评 at the hall kiosk: today's ticket number and the ID number's last 6 characters identify the visit. */
export const ZKioskRating = z.object({
  ticketNo: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : ""),
    z.string().regex(KIOSK_TICKET_NO, "请输入号票上的号码，如 A007"),
  ),
  idSuffix: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : ""),
    z.string().regex(KIOSK_ID_SUFFIX, "请输入身份证件号码后6位"),
  ),
  score: ZRateCase.shape.score,
  comment: ZRateCase.shape.comment,
});
export type TKioskRating = z.infer<typeof ZKioskRating>;
