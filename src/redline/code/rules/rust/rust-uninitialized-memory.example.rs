use std::mem::{self, MaybeUninit};

fn buffers() {
    // ruleid: rust-uninitialized-memory
    let a: [u8; 64] = unsafe { mem::uninitialized() };
    // ruleid: rust-uninitialized-memory
    let b: [u8; 64] = unsafe { MaybeUninit::uninit().assume_init() };
    // ok: rust-uninitialized-memory
    let c = [0u8; 64];
    // ok: rust-uninitialized-memory
    let mut d = MaybeUninit::<[u8; 64]>::uninit();
    let _ = (a, b, c, d);
}
