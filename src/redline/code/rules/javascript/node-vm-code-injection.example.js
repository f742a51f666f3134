const vm = require("vm");

function runUserScript(req, res) {
  // ruleid: node-vm-code-injection
  const out = vm.runInNewContext(req.body.code, { console });
  // ruleid: node-vm-code-injection
  const script = new vm.Script(`result = ${req.query.expr}`);
  // ok: node-vm-code-injection
  const fixed = vm.runInNewContext("1 + 2", {});
  res.json({ out, script, fixed });
}
