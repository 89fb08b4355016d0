import type { CalendarDayKind } from "@/lib/generated/prisma/enums";

export const CALENDAR_DAY_KIND_LABELS: Record<CalendarDayKind, string> = {
  HOLIDAY: "放假",
  WORKDAY: "调休上班",
};

export const WEEKDAY_LABELS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;
