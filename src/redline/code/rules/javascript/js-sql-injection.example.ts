import { Pool } from "pg";

const pool = new Pool();

export async function byEmail(email: string): Promise<unknown> {
  // ruleid: js-sql-injection
  const res = await pool.query(`SELECT id FROM accounts WHERE email = '${email}'`);
  // ok: js-sql-injection
  const safe = await pool.query("SELECT id FROM accounts WHERE email = $1", [email]);
  return [res.rows, safe.rows];
}
