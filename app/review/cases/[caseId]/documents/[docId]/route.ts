import { caseDocumentRoute } from "@/lib/cases/case-document-route";

/** A reviewer opens a material of the loan case under review (inline, as stored; nothing changes). */
export const GET = caseDocumentRoute("REVIEWER");
