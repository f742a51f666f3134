fn read(ptr: *const u8, slice: &[u8], i: usize) -> u8 {
    // ruleid: rust-unsafe-block
    let v = unsafe { *ptr.add(i) };
    // ok: rust-unsafe-block
    let s = slice.get(i).copied().unwrap_or(0);
    // ok: rust-unsafe-block
    let text = "unsafe { in a string }";
    let _ = text;
    v + s
}
