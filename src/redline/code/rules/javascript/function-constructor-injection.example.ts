export function makeGetter(field: string): (o: object) => unknown {
  // ruleid: function-constructor-injection
  return new Function("o", `return o.${field};`) as (o: object) => unknown;
}

// ok: function-constructor-injection
export const identity = new Function("v", "return v;");
