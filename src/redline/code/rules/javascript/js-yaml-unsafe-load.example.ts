import * as yaml from "js-yaml";

export function read(text: string): unknown {
  // ruleid: js-yaml-unsafe-load
  const all = yaml.loadAll(text);
  // ok: js-yaml-unsafe-load
  const core = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  return [all, core];
}
