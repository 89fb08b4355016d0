"use server";

import { formAction } from "@/lib/forms/action";
import type { DoneFormState } from "@/lib/action-state";
import { ZAddCalendarDay, ZRemoveCalendarDay } from "@/lib/calendar/schemas";
import { addCalendarDay, removeCalendarDay } from "@/lib/calendar/change-calendar-day";
import { CALENDAR_DAY_KIND_LABELS } from "@/lib/calendar/labels";

/** ADMIN adds a holiday or a make-up working day to the calendar (audited). */
export const addCalendarDayAction = formAction<typeof ZAddCalendarDay, { date: string }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZAddCalendarDay,
  domain: "calendar",
  run: (actor, input) => addCalendarDay({ actor, ...input }),
  revalidate: ["/admin/calendar"],
  onSuccess: (_r, input) => ({ done: `已将 ${input.date} 设为${CALENDAR_DAY_KIND_LABELS[input.kind]}（${input.name}）` }),
});

/** ADMIN removes a day from the calendar (audited). */
export const removeCalendarDayAction = formAction<typeof ZRemoveCalendarDay, { date: string }, DoneFormState>({
  roles: ["ADMIN"],
  schema: ZRemoveCalendarDay,
  domain: "calendar",
  echo: false,
  run: (actor, input) => removeCalendarDay({ actor, date: input.date }),
  revalidate: ["/admin/calendar"],
  onSuccess: (r) => ({ done: `已删除 ${r.date}` }),
});
