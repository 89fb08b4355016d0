import { describe, expect, it } from "vitest";
import { parseCsv, splitCsv } from "@/lib/remittances/csv";

describe("splitCsv", () => {
  it("handles a BOM, CRLF, quotes with commas and doubled quotes, and drops blank lines", () => {
    expect(splitCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n1,2')).toEqual({
      ok: true,
      rows: [
        ["a", "b"],
        ["x, y", 'say "hi"'],
        ["1", "2"],
      ],
    });
  });
  it("trims unquoted fields and keeps quoted ones", () => {
    expect(splitCsv(' a , " b "\n')).toEqual({ ok: true, rows: [["a", " b "]] });
  });
  it("refuses an unterminated or stray quote", () => {
    expect(splitCsv('a,"b\n1,2')).toEqual({ ok: false, problem: "UNTERMINATED_QUOTE", line: 2 });
    expect(splitCsv('a,b"c"\n')).toEqual({ ok: false, problem: "STRAY_QUOTE", line: 1 });
  });
  it("refuses an empty file", () => expect(splitCsv("\r\n\n")).toEqual({ ok: false, problem: "EMPTY" }));
});

describe("parseCsv", () => {
  it("refuses bytes that are not UTF-8 (a GBK file)", () => {
    expect(parseCsv(new Uint8Array([0xc9, 0xed, 0xb7, 0xdd]))).toEqual({ ok: false, problem: "ENCODING" });
  });
  it("refuses a file over 10 MB before reading it", () => {
    expect(parseCsv(new Uint8Array(10 * 1024 * 1024 + 1))).toEqual({ ok: false, problem: "TOO_LARGE" });
  });
});
