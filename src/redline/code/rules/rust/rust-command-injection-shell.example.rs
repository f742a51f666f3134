use std::process::Command;

fn list_dir(dir: &str) -> std::io::Result<std::process::Output> {
    let cmd = format!("ls -l {}", dir);
    // ruleid: rust-command-injection-shell
    Command::new("sh").arg("-c").arg(&cmd).output()?;
    // ruleid: rust-command-injection-shell
    Command::new("bash").args(["-c", &cmd]).status()?;
    // ok: rust-command-injection-shell
    Command::new("sh").arg("-c").arg("ls -l /tmp | wc -l").output()?;
    // ok: rust-command-injection-shell
    Command::new("ls").arg("-l").arg(dir).output()
}
