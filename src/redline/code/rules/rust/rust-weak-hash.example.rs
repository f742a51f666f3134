use md5::Md5;
use sha1::{Digest, Sha1};
use sha2::Sha256;

fn digests(data: &[u8]) {
    // ruleid: rust-weak-hash
    let a = md5::compute(data);
    // ruleid: rust-weak-hash
    let mut h = Sha1::new();
    h.update(data);
    // ruleid: rust-weak-hash
    let mut m = crypto::md5::Md5::new();
    // ruleid: rust-weak-hash
    let d = Md5::digest(data);
    // ok: rust-weak-hash
    let good = Sha256::digest(data);
    let _ = (a, d, good, m);
}
