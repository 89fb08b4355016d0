#!/bin/sh
# Prisma 7's CLI insists on a native schema-engine binary, which it downloads from the internet.
# We migrate through @prisma/schema-engine-wasm instead (prisma/tools/migrate.ts), so any CLI
# command that really needs the native engine must fail loudly rather than silently succeed.
echo "The native Prisma schema engine is not available offline. Use: npm run db:migrate:create / npm run db:migrate" >&2
exit 1
