import jwt from "jsonwebtoken";

export function userId(token: string): string | undefined {
  // ruleid: jwt-decode-without-verify
  const payload = jwt.decode(token) as { sub?: string } | null;
  return payload?.sub;
}

export function verifiedUserId(token: string, key: string): string | undefined {
  // ok: jwt-decode-without-verify
  const payload = jwt.verify(token, key, { algorithms: ["HS256"] }) as { sub?: string };
  return payload.sub;
}
