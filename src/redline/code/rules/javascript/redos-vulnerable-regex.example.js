function validate(input, email) {
  // ruleid: redos-vulnerable-regex
  const words = /^([a-zA-Z0-9]+\s?)*$/;
  // ruleid: redos-vulnerable-regex
  const nested = /(a+)+b/;
  // ruleid: redos-vulnerable-regex
  const mail = /^[\w.+-]+@[\w.-]+\.[a-z]{2,}(\.[a-z]{2,})*$/i;
  // ok: redos-vulnerable-regex
  const simpleMail = /^[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i;
  // ok: redos-vulnerable-regex
  const csv = /^(\d+,)*\d+$/;
  // ok: redos-vulnerable-regex
  const sep = /^[a-zA-Z0-9]+(\s[a-zA-Z0-9]+)*$/;
  return [words, nested, mail, simpleMail, csv, sep].map((r) => r.test(input + email));
}
