use rand::rngs::{OsRng, StdRng};
use rand::SeedableRng;

fn rngs(seed: u64) {
    // ruleid: rust-predictable-seed
    let fixed = StdRng::seed_from_u64(42);
    // ruleid: rust-predictable-seed
    let zero = StdRng::from_seed([0; 32]);
    // ok: rust-predictable-seed
    let entropy = StdRng::from_entropy();
    // ok: rust-predictable-seed
    let chosen = StdRng::seed_from_u64(seed);
    let _ = (fixed, zero, entropy, chosen, OsRng);
}
