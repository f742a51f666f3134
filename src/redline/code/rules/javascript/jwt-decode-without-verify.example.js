const jwt = require("jsonwebtoken");

function currentUser(req) {
  const token = req.headers.authorization.split(" ")[1];
  // ruleid: jwt-decode-without-verify
  const claims = jwt.decode(token);
  // ruleid: jwt-decode-without-verify
  const full = jwt.decode(token, { complete: true });
  // ok: jwt-decode-without-verify
  const verified = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ["RS256"] });
  // ok: jwt-decode-without-verify
  const parts = token.split(".");
  return [claims, full, verified, parts];
}
