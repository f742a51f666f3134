use std::process::Command;

fn run(tool: &str) {
    // ruleid: rust-command-non-constant-program
    Command::new(tool).arg("--version").status().unwrap();
    // ok: rust-command-non-constant-program
    Command::new("git").arg("status").status().unwrap();
    let bin = "/usr/bin/uptime";
    // ok: rust-command-non-constant-program
    Command::new(bin).status().unwrap();
    // ok: rust-command-non-constant-program
    let c = CustomCommand::new();
}
