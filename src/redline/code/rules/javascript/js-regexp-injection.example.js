const _ = require("lodash");

function search(pattern, content) {
  // ruleid: js-regexp-injection
  const re = new RegExp(pattern);
  // ruleid: js-regexp-injection
  const word = RegExp("\\b" + pattern + "\\b", "i");
  // ok: js-regexp-injection
  const safe = new RegExp(_.escapeRegExp(pattern));
  // ok: js-regexp-injection
  const fixed = new RegExp("^[a-z]+$", "i");
  return [re, word, safe, fixed].some((r) => r.test(content));
}
