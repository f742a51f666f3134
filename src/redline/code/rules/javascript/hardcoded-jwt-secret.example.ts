import jwt from "jsonwebtoken";

export function issue(id: string): string {
  // ruleid: hardcoded-jwt-secret
  return jwt.sign({ sub: id }, `dev-secret`);
}

export function issueFromEnv(id: string): string {
  // ok: hardcoded-jwt-secret
  return jwt.sign({ sub: id }, process.env.JWT_SECRET as string);
}
