function later(msg, id) {
  // ruleid: timer-string-eval
  setTimeout("showMessage('" + msg + "')", 1000);
  // ruleid: timer-string-eval
  window.setInterval(`refresh(${id})`, 5000);
  // ok: timer-string-eval
  setTimeout(() => showMessage(msg), 1000);
  // ok: timer-string-eval
  setInterval(refresh, 5000 + 1000);
  // ok: timer-string-eval
  setTimeout(tick, delay * 2);
}
