import { expect, type Locator, type Page } from "@playwright/test";

// Keyboard-only driving: Tab / Shift+Tab to move, the keyboard to type, Enter / Space to press.
// Every stop on the way must show where the focus is (an outline or a focus ring).

/** What the focused element is and whether its focus can be seen (outline or box-shadow ring). */
async function focusState(page: Page): Promise<{ what: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: "body", visible: true };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none" && style.boxShadow !== "";
    const name = el.getAttribute("aria-label") ?? el.id ?? "";
    return {
      what: `<${el.tagName.toLowerCase()}${name ? ` ${name}` : ""}> ${(el.textContent ?? "").trim().slice(0, 30)}`,
      visible: outline || ring,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, checking the focus is visible at every stop. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const state = await focusState(page);
    expect(state.visible, `focus is visible on ${state.what}`).toBe(true);
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a text field, clears it with the keyboard and types the value. */
export async function typeInto(page: Page, field: Locator, value: string, opts: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, field, opts);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(value);
  await expect(field).toHaveValue(value);
}

/** Tabs to a button or link and presses it with `key` (Enter or Space). */
export async function press(page: Page, control: Locator, key: "Enter" | "Space" = "Enter", opts: { back?: boolean } = {}): Promise<void> {
  await tabTo(page, control, opts);
  await page.keyboard.press(key);
}
