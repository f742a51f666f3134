use std::env;
use std::fs;

fn save(data: &[u8], name: &str) -> std::io::Result<()> {
    // ruleid: rust-temp-file-fixed-name
    let path = env::temp_dir().join("report.txt");
    fs::write(&path, data)?;
    // ok: rust-temp-file-fixed-name
    let unique = env::temp_dir().join(name);
    fs::write(unique, data)?;
    // ok: rust-temp-file-fixed-name
    let file = tempfile::NamedTempFile::new()?;
    let _ = file;
    Ok(())
}
