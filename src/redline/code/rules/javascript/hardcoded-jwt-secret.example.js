const jwt = require("jsonwebtoken");
const session = require("express-session");

function login(user) {
  // ruleid: hardcoded-jwt-secret
  return jwt.sign({ sub: user.id }, "my-super-secret-key", { expiresIn: "1h" });
}

function check(token) {
  // ruleid: hardcoded-jwt-secret
  const claims = jwt.verify(token, 'my-super-secret-key');
  // ok: hardcoded-jwt-secret
  const ok = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });
  return [claims, ok];
}

// ruleid: hardcoded-jwt-secret
app.use(session({ secret: "keyboard cat", resave: false, saveUninitialized: false }));
// ok: hardcoded-jwt-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
