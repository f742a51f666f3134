function parseHeader(buf, offset) {
  // ruleid: buffer-no-assert
  const len = buf.readUInt16BE(offset, true);
  // ruleid: buffer-no-assert
  buf.writeInt32LE(len, offset + 2, true);
  // ok: buffer-no-assert
  const type = buf.readUInt8(offset + 6);
  // ok: buffer-no-assert
  const flags = buf.readUInt16LE(offset + 7);
  return { len, type, flags };
}
