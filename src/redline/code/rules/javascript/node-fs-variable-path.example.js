const fs = require("fs");
const path = require("path");

const UPLOADS = "/srv/uploads";

function show(name) {
  const file = path.join(UPLOADS, name);
  // ruleid: node-fs-variable-path
  return fs.readFileSync(file);
}

function removeAll(files) {
  for (let i = 0; i < files.length; i++) {
    // ruleid: node-fs-variable-path
    fs.unlinkSync(files[i]);
  }
}

function readConfig() {
  const configPath = "/etc/app/config.json";
  // ok: node-fs-variable-path
  return fs.readFileSync(configPath, "utf8");
}

function readSelf() {
  // ok: node-fs-variable-path
  return fs.readFileSync(__filename, "utf8");
}
