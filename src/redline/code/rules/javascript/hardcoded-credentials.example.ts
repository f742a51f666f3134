export const settings = {
  // ruleid: hardcoded-credentials
  clientSecret: "a8f5f167f44f4964e6c998dee827110c",
  // ok: hardcoded-credentials
  clientId: "a8f5f167f44f4964",
  // ok: hardcoded-credentials
  password: "<your-password>",
};
