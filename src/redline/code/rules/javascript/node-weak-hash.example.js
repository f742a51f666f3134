const crypto = require("crypto");

function fingerprint(cert) {
  // ruleid: node-weak-hash
  const a = crypto.createHash("md5").update(cert).digest("hex");
  // ruleid: node-weak-hash
  const b = crypto.createHash('sha1').update(cert).digest("hex");
  // ruleid: node-weak-hash
  const c = CryptoJS.MD5(cert).toString();
  // ok: node-weak-hash
  const d = crypto.createHash("sha256").update(cert).digest("hex");
  // ok: node-weak-hash
  const e = crypto.createHash("sha512").update(cert).digest("hex");
  return [a, b, c, d, e];
}
