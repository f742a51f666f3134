const libxmljs = require("libxmljs");

app.post("/import", (req, res) => {
  // ruleid: libxml-external-entities
  const doc = libxmljs.parseXml(req.body, { noent: true });
  // ruleid: libxml-external-entities
  const other = libxmljs.parseXmlString(req.body, { dtdload: true, noblanks: true });
  // ok: libxml-external-entities
  const safe = libxmljs.parseXml(req.body, { noblanks: true });
  // ok: libxml-external-entities
  const plain = libxmljs.parseXml(req.body);
  res.json([doc, other, safe, plain].map(String));
});
