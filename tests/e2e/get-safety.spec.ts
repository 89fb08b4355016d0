import { expect, test } from "@playwright/test";
import { restoreSession } from "./support/sessions";

test("downloading the deposit certificate twice gives the same certificate (a GET issues nothing new)", async ({ page }) => {
  await restoreSession(page, { citizen: "320104199203150022" });
  const code = async () => {
    const res = await page.request.get("/portal/certificate/download");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    return /certificate-([^"]+)\.pdf/.exec(res.headers()["content-disposition"]!)![1];
  };
  const first = await code();
  expect(await code()).toBe(first);
  // The public check knows it.
  await page.goto(`/verify?code=${first}`);
  await expect(page.getByText(first!).first()).toBeVisible();
});
