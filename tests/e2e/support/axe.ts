import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.1 A and AA rules of axe-core. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core on the page as it is now and returns its serious and critical violations, one line
 * each with the first few elements and why they fail (empty when there is none).
 */
export async function seriousAxeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  console.log(
    `AXE ${where}: ${results.violations.length} violation(s), ${serious.length} serious/critical, ${results.passes.length} rules passed`,
  );
  return serious.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1, 2).join("").trim() ?? ""}`);
    return `${where} [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes)\n      ${nodes.join("\n      ")}`;
  });
}
