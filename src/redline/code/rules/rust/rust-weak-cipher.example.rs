use openssl::symm::Cipher;

fn pick() -> Cipher {
    // ruleid: rust-weak-cipher
    let old = Cipher::des_ede3_cbc();
    // ruleid: rust-weak-cipher
    let ecb = Cipher::aes_128_ecb();
    // ok: rust-weak-cipher
    let good = Cipher::aes_256_gcm();
    let _ = (old, ecb);
    good
}
