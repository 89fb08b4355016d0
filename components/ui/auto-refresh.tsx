"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { PASSIVE_COOKIE } from "@/lib/auth/activity";

/** Marks the next request(s) of this tab, for a few seconds, as an automatic one (not the user's activity). */
export function markPassiveRequest(): void {
  document.cookie = `${PASSIVE_COOKIE}=1; path=/; max-age=10; samesite=strict`;
}

/**
 * Re-renders the server page every `seconds` so stages show up live without a reload. The refresh
 * is marked passive (lib/auth/activity.ts): it does not count as the user's activity, so a page
 * left open still ends its session after 30 minutes idle.
 */
export function AutoRefresh({ seconds = 10 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      markPassiveRequest();
      router.refresh();
    }, seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
