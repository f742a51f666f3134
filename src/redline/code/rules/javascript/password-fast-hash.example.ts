import { createHash, scryptSync, randomBytes } from "crypto";

export function hashPassword(password: string): string {
  // ruleid: password-fast-hash
  return createHash("sha512").update(password, "utf8").digest("hex");
}

export function hashPasswordSlow(password: string): string {
  const salt = randomBytes(16);
  // ok: password-fast-hash
  return salt.toString("hex") + scryptSync(password, salt, 64).toString("hex");
}
