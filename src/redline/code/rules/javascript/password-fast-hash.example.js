const crypto = require("crypto");
const bcrypt = require("bcrypt");

async function storePassword(user, password) {
  // ruleid: password-fast-hash
  user.hash = crypto.createHash("sha256").update(password).digest("hex");
  // ruleid: password-fast-hash
  user.legacy = CryptoJS.SHA1(user.password).toString();
  // ok: password-fast-hash
  user.secure = await bcrypt.hash(password, 12);
  // ok: password-fast-hash
  user.etag = crypto.createHash("sha256").update(user.profile).digest("hex");
  return user;
}
