// ruleid: message-listener-no-origin-check
window.addEventListener("message", (event) => {
  document.getElementById("out").textContent = event.data.text;
});

// ruleid: message-listener-no-origin-check
window.onmessage = function (e) {
  applySettings(JSON.parse(e.data));
};

// ok: message-listener-no-origin-check
window.addEventListener("message", (event) => {
  if (event.origin !== "https://app.example.com") return;
  applySettings(event.data);
});

// ok: message-listener-no-origin-check
button.addEventListener("click", (event) => console.log(event.target));

// ok: message-listener-no-origin-check
worker.addEventListener("message", (event) => console.log(event.data));
