import { exec, execFileSync } from "node:child_process";
import * as cp from "child_process";

export function ping(host: string): void {
  // ruleid: child-process-exec-injection
  exec(`ping -c 1 ${host}`, (err: Error | null) => console.log(err));
  // ruleid: child-process-exec-injection
  cp.execSync("nslookup " + host);
  // ok: child-process-exec-injection
  execFileSync("ping", ["-c", "1", host]);
  // ok: child-process-exec-injection
  cp.execSync("uptime");
}
