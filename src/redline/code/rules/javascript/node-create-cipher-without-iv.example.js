const crypto = require("crypto");

function seal(password, text) {
  // ruleid: node-create-cipher-without-iv
  const cipher = crypto.createCipher("aes-256-cbc", password);
  // ruleid: node-create-cipher-without-iv
  const decipher = crypto.createDecipher("aes-256-cbc", password);
  const key = crypto.scryptSync(password, crypto.randomBytes(16), 32);
  // ok: node-create-cipher-without-iv
  const good = crypto.createCipheriv("aes-256-gcm", key, crypto.randomBytes(12));
  return [cipher.update(text), decipher, good];
}
