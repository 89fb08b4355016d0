import fs from "node:fs/promises";
import path from "node:path";

// Noto Sans SC (SIL OFL) from the npm package @expo-google-fonts/noto-sans-sc: a TrueType file that
// pdf-lib can subset. Read from node_modules at run time (no download), once per process.
const FONT_PATH = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");

let cached: Promise<Uint8Array> | null = null;

export function chineseFontBytes(): Promise<Uint8Array> {
  cached ??= fs.readFile(FONT_PATH).then((buffer) => new Uint8Array(buffer));
  return cached;
}
