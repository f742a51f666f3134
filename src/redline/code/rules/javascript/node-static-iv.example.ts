import { createCipheriv, randomBytes } from "crypto";

const FIXED_IV = Buffer.from("a1b2c3d4e5f6a7b8");

export function seal(key: Buffer, text: string): Buffer {
  // ruleid: node-static-iv
  const c = createCipheriv("aes-128-cbc", key, FIXED_IV);
  // ok: node-static-iv
  const ok = createCipheriv("aes-128-cbc", key, randomBytes(16));
  return Buffer.concat([c.update(text), ok.final()]);
}
