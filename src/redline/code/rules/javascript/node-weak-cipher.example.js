const crypto = require("crypto");

function encrypt(key, iv, data) {
  // ruleid: node-weak-cipher
  const a = crypto.createCipheriv("des-cbc", key.slice(0, 8), iv);
  // ruleid: node-weak-cipher
  const b = crypto.createCipheriv("aes-128-ecb", key, null);
  // ruleid: node-weak-cipher
  const c = CryptoJS.TripleDES.encrypt(data, key);
  // ok: node-weak-cipher
  const d = crypto.createCipheriv("aes-256-gcm", key, iv);
  // ok: node-weak-cipher
  const e = CryptoJS.AES.encrypt(data, key);
  return [a, b, c, d, e];
}
