import { redirect } from "next/navigation";

/** The staff member's own area opens on their declarations. */
export default function StaffHome() {
  redirect("/staff/relatives");
}
