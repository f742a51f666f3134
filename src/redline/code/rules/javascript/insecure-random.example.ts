export function createApiKey(): string {
  // ruleid: insecure-random
  const apiKey: string = "key_" + Math.random().toString(16).slice(2);
  return apiKey;
}

export function shuffleDelay(): number {
  // audit level: no secret in sight, reported for review
  // ruleid: insecure-random
  const delay = 200 + Math.random() * 300;
  return delay;
}

export function createSecureKey(): string {
  // ok: insecure-random
  return crypto.randomUUID();
}
