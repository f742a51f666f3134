const PLUGIN_DIR = "./plugins";
// ok: require-non-literal
const fs = require("fs");

async function loadPlugin(req) {
  // ruleid: require-non-literal
  const plugin = require("./plugins/" + req.query.name);
  // ruleid: require-non-literal
  const mod = await import(req.body.module);
  // ok: require-non-literal
  const csv = require(PLUGIN_DIR + "/csv");
  // ok: require-non-literal
  const lib = await import("./lib.mjs");
  return [plugin, mod, csv, lib, fs];
}
