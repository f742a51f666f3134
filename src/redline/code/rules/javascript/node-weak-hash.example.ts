import { createHash } from "node:crypto";

export function etag(body: string): string {
  // ruleid: node-weak-hash
  return createHash("sha1").update(body).digest("base64");
}

export function strong(body: string): string {
  // ok: node-weak-hash
  return createHash("sha3-256").update(body).digest("base64");
}
