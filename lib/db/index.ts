export { db, type Db, type Tx } from "@/lib/db/client";
