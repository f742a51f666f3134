function calculate(req, res) {
  // ruleid: js-eval-injection
  const value = eval(req.query.expr);
  // ruleid: js-eval-injection
  const obj = eval("(" + req.body.json + ")");
  // ruleid: js-eval-injection
  window.eval(`render(${req.params.id})`);
  // ok: js-eval-injection
  const data = JSON.parse(req.body.json);
  // ok: js-eval-injection
  eval("1 + 1");
  res.json({ value, obj, data });
}

function runPlugin() {
  const source = loadPluginSource();
  // A value no untrusted source was seen to reach: reported at low confidence (audit mode).
  // ruleid: js-eval-injection
  return eval(source);
}
