function compile(formula) {
  // ruleid: function-constructor-injection
  const fn = new Function("x", "return " + formula);
  // ruleid: function-constructor-injection
  const g = Function(`'use strict'; return (${formula})`);
  // ruleid: function-constructor-injection
  const k = new (Function)("return (" + formula + ")");
  // ok: function-constructor-injection
  const h = new Function("a", "b", "return a + b");
  // ok: function-constructor-injection
  const noop = new Function();
  return [fn, g, k, h, noop];
}
