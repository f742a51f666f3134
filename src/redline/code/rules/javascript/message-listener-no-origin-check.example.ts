// ruleid: message-listener-no-origin-check
window.addEventListener("message", (ev: MessageEvent) => {
  runCommand(ev.data.command);
});

// ok: message-listener-no-origin-check
window.addEventListener("message", (ev: MessageEvent) => {
  if (!ALLOWED.includes(ev.origin)) return;
  runCommand(ev.data.command);
});
