import { promises as fsp } from "fs";

export async function publish(path: string): Promise<void> {
  // ruleid: permissive-file-mode
  await fsp.chmod(path, "777");
  // ok: permissive-file-mode
  await fsp.chmod(path, 0o644);
}
