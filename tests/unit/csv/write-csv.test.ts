import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/csv/write-csv";
import { splitCsv } from "@/lib/remittances/csv";

describe("the CSV writer", () => {
  it("starts with a UTF-8 BOM, quotes commas, quotes and line breaks, ends lines with CRLF", () => {
    expect(
      toCsv(
        ["申请人", "核验结果"],
        [
          ["张伟", '面积不符, "86.20"'],
          ["李娜", null],
        ],
      ),
    ).toBe('\uFEFF申请人,核验结果\r\n张伟,"面积不符, ""86.20"""\r\n李娜,\r\n');
  });
  it("defuses spreadsheet formulas but keeps negative numbers", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-3000.00")).toBe("-3000.00");
    expect(csvCell("@x")).toBe("'@x");
  });

  it("writes what the remittance reader reads back, cell for cell", () => {
    const rows = [
      ["320102198805120034", "张伟", "8000.00"],
      ["320104199203150022", '李"娜, 二', "-1.00"],
    ];
    expect(splitCsv(toCsv(["身份证号", "姓名", "缴存基数"], rows))).toEqual({
      ok: true,
      rows: [["身份证号", "姓名", "缴存基数"], ...rows],
    });
  });
});
