export function show(name: string): void {
  const el = document.getElementById("greeting") as HTMLElement;
  // ruleid: dom-xss-inner-html
  el.innerHTML = name;
  // ok: dom-xss-inner-html
  el.textContent = name;
  // ok: dom-xss-inner-html
  el.innerHTML = "<b>Welcome</b>";
}
