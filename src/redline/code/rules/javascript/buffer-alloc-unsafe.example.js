function frame(payload) {
  // ruleid: buffer-alloc-unsafe
  const out = Buffer.allocUnsafe(payload.length + 4);
  // ok: buffer-alloc-unsafe
  const zeroed = Buffer.alloc(payload.length + 4);
  out.writeUInt32BE(payload.length, 0);
  payload.copy(out, 4);
  return [out, zeroed];
}
