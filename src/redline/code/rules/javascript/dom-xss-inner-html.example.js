function render(comment) {
  const box = document.getElementById("comments");
  // ruleid: dom-xss-inner-html
  box.innerHTML = comment.body;
  // ruleid: dom-xss-inner-html
  box.innerHTML += `<li>${comment.author}</li>`;
  // ruleid: dom-xss-inner-html
  document.querySelector("#title").outerHTML = "<h1>" + location.hash.slice(1) + "</h1>";
  // ok: dom-xss-inner-html
  box.textContent = comment.body;
  // ok: dom-xss-inner-html
  box.innerHTML = DOMPurify.sanitize(comment.body);
  // ok: dom-xss-inner-html
  box.innerHTML = "";
}
