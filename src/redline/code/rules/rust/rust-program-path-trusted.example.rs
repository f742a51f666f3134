use std::env;
use std::path::PathBuf;

fn plugin_dir() -> PathBuf {
    // ruleid: rust-program-path-trusted
    let exe = env::current_exe().unwrap();
    // ruleid: rust-program-path-trusted
    let argv0 = env::args().next();
    // ruleid: rust-program-path-trusted
    let first = env::args().nth(0);
    // ok: rust-program-path-trusted
    let rest: Vec<String> = env::args().skip(1).collect();
    let _ = (argv0, first, rest);
    exe.parent().unwrap().join("plugins")
}
