const crypto = require("crypto");

function encrypt(key, data) {
  const iv = Buffer.alloc(16, 0);
  // ruleid: node-static-iv
  const a = crypto.createCipheriv("aes-128-cbc", key, iv);
  // ruleid: node-static-iv
  const b = crypto.createCipheriv("aes-256-cbc", key, "1234567890123456");
  // ruleid: node-static-iv
  const c = crypto.createCipheriv("aes-256-gcm", key, Buffer.from("000000000000", "hex"));
  const nonce = crypto.randomBytes(12);
  // ok: node-static-iv
  const d = crypto.createCipheriv("aes-256-gcm", key, nonce);
  // ok: node-static-iv
  const e = crypto.createCipheriv("aes-128-cbc", key, crypto.randomBytes(16));
  return [a, b, c, d, e].map((x) => x.update(data));
}
