const fs = require("fs");

function save(dir, file, content) {
  // ruleid: permissive-file-mode
  fs.mkdirSync(dir, 0o777);
  fs.writeFileSync(file, content);
  // ruleid: permissive-file-mode
  fs.chmodSync(file, 0o660);
  // ruleid: permissive-file-mode
  fs.writeFileSync(file + ".bak", content, { mode: 0o666 });
  // ok: permissive-file-mode
  fs.chmodSync(file, 0o600);
  // ok: permissive-file-mode
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
}
