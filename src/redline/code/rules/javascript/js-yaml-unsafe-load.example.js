const yaml = require("js-yaml");

function parseConfig(text) {
  // ruleid: js-yaml-unsafe-load
  const a = yaml.load(text);
  // ruleid: js-yaml-unsafe-load
  const b = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
  // ok: js-yaml-unsafe-load
  const c = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  // ok: js-yaml-unsafe-load
  const d = yaml.safeLoad(text);
  return [a, b, c, d];
}
