fn view(ptr: *const u8, len: usize, buffer: &[u8]) -> usize {
    // ruleid: rust-from-raw-parts
    let s = unsafe { std::slice::from_raw_parts(ptr, len) };
    // ok: rust-from-raw-parts
    let t: &[u8] = &buffer[..len];
    s.len() + t.len()
}
