import { createCipheriv } from "crypto";

export function legacy(key: Buffer, iv: Buffer) {
  // ruleid: node-weak-cipher
  return createCipheriv("rc4", key, iv);
}

export function modern(key: Buffer, iv: Buffer) {
  // ok: node-weak-cipher
  return createCipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 });
}
