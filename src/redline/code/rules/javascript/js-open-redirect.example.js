app.get("/login/done", (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(req.query.next);
  // ruleid: js-open-redirect
  res.redirect(302, req.query.returnTo);
  // ok: js-open-redirect
  res.redirect("/dashboard");
  // ok: js-open-redirect
  res.redirect(`/users/${req.user.id}`);
});

function go() {
  const target = new URLSearchParams(location.search).get("url");
  // ruleid: js-open-redirect
  window.location.href = target;
  // ruleid: js-open-redirect
  location.assign(target);
  // ok: js-open-redirect
  window.location.href = "/home";
}
