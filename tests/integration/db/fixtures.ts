import { db } from "@/lib/db";
import { buildResidentId } from "@/lib/identity/resident-id";

/** The same people in every file: if two files ever shared a database, their inserts would clash. */
export const FIXTURE_ID_NUMBER = buildResidentId("320102", "1988-05-12", 35);

/** A center, an employer and one depositor, the minimum a deposit account needs. */
export async function createDepositor(idNumber = FIXTURE_ID_NUMBER) {
  const center = await db.fundCenter.create({ data: { code: "TEST", name: "测试公积金中心", city: "南京" } });
  const employer = await db.employer.create({
    data: {
      centerId: center.id,
      creditCode: "91320100TEST00001X",
      name: "测试单位",
      address: "测试路1号",
      contactPhone: "025-00000000",
    },
  });
  const depositor = await db.depositor.create({
    data: {
      idNumber,
      name: "测试职工",
      gender: "MALE",
      birthDate: new Date("1988-05-12"),
      phone: "13800000000",
      maritalStatus: "SINGLE",
      employerId: employer.id,
      monthlyIncome: "8000.00",
    },
  });
  return { center, employer, depositor };
}

export function openAccount(depositorId: string, employerId: string, accountNo: string) {
  return db.depositAccount.create({
    data: {
      accountNo,
      depositorId,
      employerId,
      contributionBase: "8000.00",
      employerRatePercent: "12.00",
      personalRatePercent: "12.00",
      openedOn: new Date("2026-01-01"),
    },
  });
}
