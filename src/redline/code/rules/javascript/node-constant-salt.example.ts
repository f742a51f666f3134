import { pbkdf2 } from "crypto";

const SALT = "application-wide-salt";

export function derive(password: string, cb: (err: Error | null, key: Buffer) => void): void {
  // ruleid: node-constant-salt
  pbkdf2(password, SALT, 100000, 32, "sha256", cb);
}

export function deriveWith(password: string, salt: Buffer, cb: (err: Error | null, key: Buffer) => void): void {
  // ok: node-constant-salt
  pbkdf2(password, salt, 100000, 32, "sha256", cb);
}
