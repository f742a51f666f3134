// ruleid: redos-vulnerable-regex
export const SLUG: RegExp = /^(\w+-?)+$/;
// ok: redos-vulnerable-regex
export const UUID: RegExp = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
