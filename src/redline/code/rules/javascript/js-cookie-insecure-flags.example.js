app.use(
  session({
    secret: process.env.SESSION_SECRET,
    // ruleid: js-cookie-insecure-flags
    cookie: { maxAge: 3600000, secure: false },
  }),
);

app.post("/login", (req, res) => {
  // ruleid: js-cookie-insecure-flags
  res.cookie("token", token, { httpOnly: false, sameSite: "strict" });
  // ok: js-cookie-insecure-flags
  res.cookie("token", token, { httpOnly: true, secure: true });
  // ok: js-cookie-insecure-flags
  res.cookie("theme", "dark", { maxAge: 1000 });
});
