import { Pool } from "pg";

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: tls-reject-unauthorized-disabled
  ssl: { rejectUnauthorized: false },
});

// ok: tls-reject-unauthorized-disabled
export const verified = new Pool({ ssl: { rejectUnauthorized: true } });
