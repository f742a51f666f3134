export function highlight(term: string, text: string): string {
  // ruleid: js-regexp-injection
  return text.replace(new RegExp(`(${term})`, "gi"), "<mark>$1</mark>");
}

// ok: js-regexp-injection
export const DIGITS = new RegExp("\\d+", "g");
