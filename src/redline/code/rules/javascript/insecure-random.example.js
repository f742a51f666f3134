function makeResetToken() {
  // ruleid: insecure-random
  return Math.random().toString(36).substring(2);
}

function generatePassword(length) {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let password = "";
  for (let i = 0; i < length; i++) {
    // ruleid: insecure-random
    password += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return password;
}

const session = {
  // ruleid: insecure-random
  id: Math.floor(Math.random() * 1e9),
};

function jitter(ms) {
  // audit level: no secret in sight, reported for review
  // ruleid: insecure-random
  return ms + Math.random() * 100;
}

function pickColor(colors) {
  // ok: insecure-random
  return colors[crypto.randomInt(colors.length)];
}

function guid() {
  function s4() {
    // ruleid: insecure-random
    return Math.floor((1 + Math.random()) * 0x10000).toString(16).substring(1);
  }
  return s4() + s4() + "-" + s4();
}
