-- DropForeignKey
ALTER TABLE "Mortgage" DROP CONSTRAINT "Mortgage_certificateId_fkey";

-- AlterTable
ALTER TABLE "Mortgage" ALTER COLUMN "certificateId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Mortgage" ADD CONSTRAINT "Mortgage_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "RealEstateCertificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
