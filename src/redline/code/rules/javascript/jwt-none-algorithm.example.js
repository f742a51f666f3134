const jwt = require("jsonwebtoken");

function issue(claims) {
  // ruleid: jwt-none-algorithm
  return jwt.sign(claims, null, { algorithm: "none" });
}

function check(token, key) {
  // ruleid: jwt-none-algorithm
  const a = jwt.verify(token, key, { algorithms: ["HS256", "none"] });
  // ok: jwt-none-algorithm
  const b = jwt.verify(token, key, { algorithms: ["HS256"] });
  return [a, b];
}
