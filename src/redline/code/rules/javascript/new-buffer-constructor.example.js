function encode(text, size) {
  // ruleid: new-buffer-constructor
  const a = new Buffer(text, "utf8").toString("base64");
  // ruleid: new-buffer-constructor
  const b = new Buffer(16);
  // ruleid: new-buffer-constructor
  const c = Buffer(size);
  // ok: new-buffer-constructor
  const d = Buffer.from(text, "utf8").toString("base64");
  // ok: new-buffer-constructor
  const e = Buffer.alloc(16);
  return [a, b, c, d, e];
}
