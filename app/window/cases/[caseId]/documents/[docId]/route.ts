import { caseDocumentRoute } from "@/lib/cases/case-document-route";

/** The teller opens a material uploaded online or scanned at the window (inline, as stored; nothing changes). */
export const GET = caseDocumentRoute("TELLER");
