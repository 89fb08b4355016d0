/** Minutes since the case opened against the center's 19-minute target for a whole loan case. */
export const CASE_TARGET_MINUTES = 19;

export function ElapsedMinutes({ minutes, done }: { minutes: number; done: boolean }) {
  const over = minutes > CASE_TARGET_MINUTES;
  return (
    <p role="status" aria-label="办件用时" className={`text-sm ${over ? "text-red-700" : "text-emerald-700"}`}>
      {done ? "办结用时" : "已用时"} <strong className="text-lg tabular-nums">{minutes}</strong> 分钟 / 目标 {CASE_TARGET_MINUTES} 分钟
      {over ? "（已超出目标）" : ""}
    </p>
  );
}
