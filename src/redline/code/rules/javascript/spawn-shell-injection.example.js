const { spawn, spawnSync } = require("child_process");

function search(pattern, file) {
  // ruleid: spawn-shell-injection
  const child = spawn("grep", [pattern, file], { shell: true });
  // ruleid: spawn-shell-injection
  spawnSync(`du -sh ${file}`, { shell: true, stdio: "inherit" });
  // ok: spawn-shell-injection
  spawn("grep", ["--", pattern, file]);
  // ok: spawn-shell-injection
  spawnSync("ls -la /var/log", { shell: true });
  // ok: spawn-shell-injection
  spawn("grep", [pattern, file], { shell: false });
  return child;
}
