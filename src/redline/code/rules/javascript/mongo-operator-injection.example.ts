export async function login(req: Request & { body: any }, users: any): Promise<unknown> {
  const { username, password } = req.body;
  // ruleid: mongo-operator-injection
  const found = await users.findOne({ username, password });
  // ok: mongo-operator-injection
  const safe = await users.findOne({ username: `${username}` });
  return [found, safe];
}
