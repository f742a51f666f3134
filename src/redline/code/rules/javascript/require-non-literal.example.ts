export async function load(name: string): Promise<unknown> {
  // ruleid: require-non-literal
  return import(`./handlers/${name}`);
}

// ok: require-non-literal
export const config = require("./config.json");
