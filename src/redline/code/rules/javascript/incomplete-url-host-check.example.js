function isTrusted(target, domain) {
  const url = new URL(target);
  // ruleid: incomplete-url-host-check
  if (url.hostname.includes(domain)) return true;
  // ruleid: incomplete-url-host-check
  if (url.host.endsWith("example.com")) return true;
  // ruleid: incomplete-url-host-check
  if (req.headers.origin.indexOf("example.com") !== -1) return true;
  // ok: incomplete-url-host-check
  if (url.hostname === domain || url.hostname.endsWith(`.${domain}`)) return true;
  // ok: incomplete-url-host-check
  if (url.hostname.endsWith(".example.com")) return true;
  // ok: incomplete-url-host-check
  if (url.host.includes(":")) return false;
  return false;
}
