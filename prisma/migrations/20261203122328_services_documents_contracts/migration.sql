-- AlterTable
ALTER TABLE "LoanContract" ADD COLUMN     "pdf" BYTEA,
ADD COLUMN     "sha256" CHAR(64);

-- AlterTable
ALTER TABLE "UploadedDocument" ADD COLUMN     "caseId" TEXT;

-- CreateIndex
CREATE INDEX "UploadedDocument_caseId_idx" ON "UploadedDocument"("caseId");

-- AddForeignKey
ALTER TABLE "UploadedDocument" ADD CONSTRAINT "UploadedDocument_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;
