use std::env;
use std::path::PathBuf;

fn plugin_dir() -> PathBuf {
    // ruleid: rust-program-path-trusted
    let exe = env::current_exe().unwrap();
    // ruleid: rust-program-path-trusted
    let argv0 = env::args().next();
    // ruleid: rust-program-path-trusted
    let first = env::args().nth(0);
    // audit level: every other read of the command line
    // ruleid: rust-program-path-trusted
    let rest: Vec<String> = env::args().skip(1).collect();
    // ruleid: rust-program-path-trusted
    println!("{:?}", std::env::args_os().count());
    // ok: rust-program-path-trusted
    let home = env::var_os("HOME");
    // ok: rust-program-path-trusted
    let parsed = parser.args();
    let _ = (argv0, first, rest, home, parsed);
    exe.parent().unwrap().join("plugins")
}
