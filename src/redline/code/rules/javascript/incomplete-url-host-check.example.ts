export function allowed(origin: string, trusted: string): boolean {
  const u = new URL(origin);
  // ruleid: incomplete-url-host-check
  return u.origin.includes(trusted);
}

export function exact(origin: string): boolean {
  // ok: incomplete-url-host-check
  return new URL(origin).hostname === "app.example.com";
}
