// The wording around a loan application's materials, in one place (pure: the client form uses it).

/**
 * The materials card of a case page, worded by how the application came in: uploaded online by the
 * citizen, or scanned by the teller when accepting it at the window.
 */
export function caseDocumentsWording(channel: "ONLINE" | "WINDOW"): { title: string; empty: string } {
  return channel === "ONLINE"
    ? { title: "网上申请材料", empty: "申请人未在网上上传材料" }
    : { title: "申请材料", empty: "受理时未上传材料" };
}

/** The upload fieldset's legend: online, what is missing is brought to the window; at the window, it is scanned there. */
export const LOAN_DOCUMENTS_LEGEND = {
  online: "申请材料（PDF、JPEG 或 PNG，每个不超过 5 MB；未上传的可到窗口补交）",
  window: "申请材料扫描件（PDF、JPEG 或 PNG，每个不超过 5 MB）",
  later: "补充材料扫描件（PDF、JPEG 或 PNG，每个不超过 5 MB；已在本办件中的相同文件不重复保存）",
} as const;
