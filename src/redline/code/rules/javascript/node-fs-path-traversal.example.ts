import { promises as fsp } from "fs";

export async function load(name: string): Promise<string> {
  // ruleid: node-fs-path-traversal
  return fsp.readFile(`/var/app/templates/${name}`, "utf8");
}

export async function loadDefault(): Promise<string> {
  // ok: node-fs-path-traversal
  return fsp.readFile("/var/app/templates/default.html", "utf8");
}
