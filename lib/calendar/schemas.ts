import { z } from "zod";
import { isRealDate } from "@/lib/dates/calendar";

const date = z.string().trim().refine(isRealDate, "请输入有效日期（年-月-日）");

/** The admin's form: one day of the calendar (a holiday on a weekday, or a make-up working day). */
export const ZAddCalendarDay = z.object({
  date,
  kind: z.enum(["HOLIDAY", "WORKDAY"], { message: "请选择放假或调休上班" }),
  name: z.string().trim().min(1, "请填写节日名称，如“国庆节”").max(20, "节日名称不超过20个字"),
});
export type TAddCalendarDay = z.infer<typeof ZAddCalendarDay>;

export const ZRemoveCalendarDay = z.object({ date });
export type TRemoveCalendarDay = z.infer<typeof ZRemoveCalendarDay>;

export const ZCalendarYear = z.coerce.number().int().min(2000).max(2100);
