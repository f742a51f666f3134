export function ready(): void {
  // ruleid: postmessage-wildcard-origin
  window.opener?.postMessage({ ready: true }, { targetOrigin: "*" });
  // ok: postmessage-wildcard-origin
  window.opener?.postMessage({ ready: true }, window.location.origin);
}
