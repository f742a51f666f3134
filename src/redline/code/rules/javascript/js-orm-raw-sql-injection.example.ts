import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export async function find(name: string): Promise<unknown> {
  // ruleid: js-orm-raw-sql-injection
  const a = await prisma.$queryRawUnsafe(`SELECT * FROM "User" WHERE name = '${name}'`);
  // ok: js-orm-raw-sql-injection
  const b = await prisma.$queryRaw`SELECT * FROM "User" WHERE name = ${name}`;
  return [a, b];
}
