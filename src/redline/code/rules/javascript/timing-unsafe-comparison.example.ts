export function checkKey(provided: string, apiKey: string): boolean {
  // ruleid: timing-unsafe-comparison
  return provided === apiKey;
}

export function isEmpty(token: string | undefined): boolean {
  // ok: timing-unsafe-comparison
  return token === undefined || token === "";
}
