export const sessionOptions = {
  name: "sid",
  // ruleid: js-cookie-insecure-flags
  cookie: { httpOnly: false, secure: true },
};

// ok: js-cookie-insecure-flags
export const strict = { cookie: { httpOnly: true, secure: true } };
