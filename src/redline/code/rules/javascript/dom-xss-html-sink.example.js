function addItem(list, item) {
  // ruleid: dom-xss-html-sink
  list.insertAdjacentHTML("beforeend", `<li>${item.name}</li>`);
  // ruleid: dom-xss-html-sink
  document.write("<p>Hello " + new URLSearchParams(location.search).get("name") + "</p>");
  // ok: dom-xss-html-sink
  list.insertAdjacentHTML("beforeend", "<li class='sep'></li>");
  // ok: dom-xss-html-sink
  list.insertAdjacentText("beforeend", item.name);
  // ok: dom-xss-html-sink
  stream.write(item.name);
}
