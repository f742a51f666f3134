import { generateKeyPairSync } from "crypto";

export function dsa() {
  // ruleid: weak-rsa-key-size
  return generateKeyPairSync("dsa", { modulusLength: 1024, divisorLength: 160 });
}

export function rsa() {
  // ok: weak-rsa-key-size
  return generateKeyPairSync("rsa", { modulusLength: 3072 });
}
