async function load(token) {
  // ruleid: insecure-http-url
  const orders = await fetch("http://api.shop-backend.com/v1/orders", { headers: { Authorization: token } });
  // ruleid: insecure-http-url
  const socket = new WebSocket("ws://chat.shop-backend.com/live");
  // ok: insecure-http-url
  const secure = await fetch("https://api.shop-backend.com/v1/orders");
  // ok: insecure-http-url
  const local = await fetch("http://localhost:3000/health");
  return [orders, socket, secure, local];
}
