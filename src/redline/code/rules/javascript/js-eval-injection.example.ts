export function run(expression: string): unknown {
  // ruleid: js-eval-injection
  return eval(expression);
}

export function constant(): number {
  // ok: js-eval-injection
  return eval("2 * 21");
}
