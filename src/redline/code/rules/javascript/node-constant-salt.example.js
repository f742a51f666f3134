const crypto = require("crypto");

function derive(password) {
  // ruleid: node-constant-salt
  const a = crypto.pbkdf2Sync(password, "s3cr3t-salt", 100000, 32, "sha256");
  const salt = Buffer.from("d61086db351ee47cfb490d90e6e61e72", "hex");
  // ruleid: node-constant-salt
  const b = crypto.scryptSync(password, salt, 64);
  const fresh = crypto.randomBytes(16);
  // ok: node-constant-salt
  const c = crypto.pbkdf2Sync(password, fresh, 600000, 32, "sha256");
  return [a, b, c];
}

function check(password, user) {
  // ok: node-constant-salt
  return crypto.scryptSync(password, user.salt, 64);
}
