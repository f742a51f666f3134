const xpath = require("xpath");

function findStudent(doc, username, password) {
  // ruleid: js-xpath-injection
  const nodes = xpath.select(`//student[username="${username}" and password="${password}"]`, doc);
  // ruleid: js-xpath-injection
  const one = xpath.select1("//user[@id='" + username + "']", doc);
  // ok: js-xpath-injection
  const names = xpath.select("//student/name/text()", doc);
  // ok: js-xpath-injection
  const count = xpath.select("count(//student)", doc);
  return [nodes, one, names, count];
}

function login(doc, user) {
  const query = "//user[name='" + user + "']";
  // ruleid: js-xpath-injection
  return xpath.select(query, doc);
}

async function lookup(collection, query) {
  // ok: js-xpath-injection
  return collection.find(query);
}
