export function bytes(): Buffer {
  // ruleid: new-buffer-constructor
  return new Buffer([0x01, 0x02, 0x03]);
}

export function safeBytes(): Buffer {
  // ok: new-buffer-constructor
  return Buffer.from([0x01, 0x02, 0x03]);
}
