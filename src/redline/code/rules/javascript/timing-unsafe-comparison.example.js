const crypto = require("crypto");

function verifyWebhook(req, secret) {
  const expectedSignature = crypto.createHmac("sha256", secret).update(req.rawBody).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (req.headers["x-signature"] !== expectedSignature) return false;
  // ruleid: timing-unsafe-comparison
  if (req.query.token == user.resetToken) return true;
  // ok: timing-unsafe-comparison
  if (token === null) return false;
  // ok: timing-unsafe-comparison
  if (token.type === "Bearer") return true;
  // ok: timing-unsafe-comparison
  if (apiKey.length !== 32) return false;
  const a = Buffer.from(req.headers["x-signature"]);
  const b = Buffer.from(expectedSignature);
  // ok: timing-unsafe-comparison
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function dispatch(args, prop, err) {
  // ok: timing-unsafe-comparison
  if (args[0] === 'signatures') return 1;
  // ok: timing-unsafe-comparison
  if (prop === 'password') return 2;
  // ok: timing-unsafe-comparison
  if (err.code === 'EINTEGRITYSIGNATURE') return 3;
  return 0;
}
