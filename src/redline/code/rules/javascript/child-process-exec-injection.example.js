const { exec, execSync, execFile } = require("child_process");
const childProcess = require("child_process");

function listDirectory(dir, callback) {
  // ruleid: child-process-exec-injection
  exec(`ls -la ${dir}`, callback);
}

function archive(req, res) {
  const name = req.query.name;
  // ruleid: child-process-exec-injection
  const out = execSync("tar czf /tmp/out.tgz " + name);
  // ruleid: child-process-exec-injection
  childProcess.exec("convert " + req.body.file + " out.png", () => res.end());
  // ok: child-process-exec-injection
  execFile("tar", ["czf", "/tmp/out.tgz", name], () => res.send(out));
  // ok: child-process-exec-injection
  exec("git rev-parse HEAD", () => {});
  // ok: child-process-exec-injection
  const match = /(\d+)/.exec(name);
  return match;
}

function runConfigured() {
  const command = loadSettings().command;
  // A value no untrusted source was seen to reach: reported at low confidence (audit mode).
  // ruleid: child-process-exec-injection
  exec(command, () => {});
}
