import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homePathFor } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

/** "My home": the signed-in user's first area, or the sign-in page. Linked from the 403 page. */
export async function GET(): Promise<never> {
  const user = await getCurrentUser();
  redirect(user ? homePathFor(user.roles) : "/login");
}
