import { z } from "zod";
import { parseIsoDate } from "@/lib/dates/calendar";

const isDate = (v: string) => {
  try {
    parseIsoDate(v);
    return true;
  } catch {
    return false;
  }
};

/** The batch screen's date: a real calendar date YYYY-MM-DD. */
export const ZBusinessDate = z.string({ message: "请选择营业日期" }).trim().refine(isDate, "请输入有效的营业日期（年-月-日）");

export const ZStartBatch = z.object({ businessDate: ZBusinessDate });
export type TStartBatch = z.infer<typeof ZStartBatch>;

/** The schedule form on /admin/batch: the daily time, "HH:MM" in Asia/Shanghai. */
export { ZBatchSchedule as ZBatchScheduleForm } from "./schedule-setting";
