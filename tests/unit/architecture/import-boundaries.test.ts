import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import-boundary rules of eslint.config.mjs, run through ESLint's Node API on code strings
// placed (virtually) at the given paths: each rule fires where it must and stays quiet where the
// import is allowed.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../../..") });
const RULE = "@typescript-eslint/no-restricted-imports";

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  // a parse error would make "no boundary error" pass for nothing
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe("ESLint import boundaries", { timeout: 60_000 }, () => {
  it("components/ never import app/, not even a type", async () => {
    expect(
      await boundaryErrors(
        "components/x/form.tsx",
        'import { signOutAction } from "@/app/actions/sign-out";\nexport const a = signOutAction;\n',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors("components/x/form.tsx", 'import type { S } from "@/app/kiosk/actions";\nexport type A = S;\n'),
    ).toHaveLength(1);
  });

  it("app/ and components/ never import the database or the Prisma client's values", async () => {
    expect(await boundaryErrors("app/x/page.tsx", 'import { prisma } from "@/lib/db";\nexport const a = prisma;\n')).toHaveLength(1);
    expect(
      await boundaryErrors("app/x/actions.ts", 'import { inTransaction } from "@/lib/db/transaction";\nexport const a = inTransaction;\n'),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "components/x/y.tsx",
        'import { PrismaClient } from "@/lib/generated/prisma/client";\nexport const a = PrismaClient;\n',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        "components/x/y.tsx",
        'import type { LoanStatus } from "@/lib/generated/prisma/enums";\nexport type A = LoanStatus;\n',
      ),
    ).toEqual([]);
  });

  it("a domain's internal subfolder files are imported only from inside that domain", async () => {
    const settle =
      'import { allocateRepayments } from "@/lib/servicing/settle/allocate-repayments";\nexport const a = allocateRepayments;\n';
    const batchStep = 'import { runBatch } from "@/lib/servicing/batch/run-batch";\nexport const a = runBatch;\n';
    expect(await boundaryErrors("app/x/page.tsx", settle)).toHaveLength(1);
    expect(await boundaryErrors("lib/collections/x.ts", batchStep)).toHaveLength(1);
    expect(await boundaryErrors("lib/cases/x.ts", 'import { x } from "@/lib/servicing/internal/x";\nexport const a = x;\n')).toHaveLength(
      1,
    );
    expect(await boundaryErrors("lib/servicing/x.ts", batchStep)).toEqual([]);
    expect(await boundaryErrors("lib/servicing/batch/x.ts", settle)).toEqual([]);
    expect(await boundaryErrors("tests/integration/x.test.ts", settle)).toEqual([]);
  });

  it("a domain's public files are open to app/ and other domains", async () => {
    const code = [
      'import { repayOnline } from "@/lib/servicing/use-cases/repay-online";',
      'import { getBatchStatus } from "@/lib/servicing/batch/queries";',
      'import { listLoans } from "@/lib/loans/queries";',
      "export const a = [repayOnline, getBatchStatus, listLoans];",
      "",
    ].join("\n");
    expect(await boundaryErrors("app/x/page.tsx", code)).toEqual([]);
    expect(await boundaryErrors("lib/collections/x.ts", code)).toEqual([]);
  });

  it("imports climbing out of a folder are refused (they would slip past the boundaries)", async () => {
    expect(
      await boundaryErrors("lib/servicing/batch/x.ts", 'import { a } from "../settle/allocate-repayments";\nexport const b = a;\n'),
    ).toHaveLength(1);
  });
});
