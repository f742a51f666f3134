fn convert(bits: u32) -> f32 {
    // ruleid: mem-transmute
    let f: f32 = unsafe { std::mem::transmute(bits) };
    // ruleid: mem-transmute
    let g = unsafe { std::mem::transmute::<u32, f32>(bits) };
    // ok: mem-transmute
    let h = f32::from_bits(bits);
    f + g + h
}
