function notify(frame, token) {
  // ruleid: postmessage-wildcard-origin
  frame.contentWindow.postMessage({ type: "auth", token }, "*");
  // ruleid: postmessage-wildcard-origin
  window.parent.postMessage(JSON.stringify({ height: 100 }), '*');
  // ok: postmessage-wildcard-origin
  frame.contentWindow.postMessage({ type: "auth", token }, "https://app.example.com");
  // ok: postmessage-wildcard-origin
  worker.postMessage({ token });
}
