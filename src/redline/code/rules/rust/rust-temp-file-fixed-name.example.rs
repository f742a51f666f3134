use std::env;
use std::fs;

fn save(data: &[u8], name: &str) -> std::io::Result<()> {
    // ruleid: rust-temp-file-fixed-name
    let path = env::temp_dir().join("report.txt");
    fs::write(&path, data)?;
    // audit level: a name that is not fixed, in the shared directory
    // ruleid: rust-temp-file-fixed-name
    let unique = env::temp_dir().join(name);
    fs::write(unique, data)
}

fn save_safely(data: &[u8]) -> std::io::Result<()> {
    // ok: rust-temp-file-fixed-name
    let mut file = tempfile::NamedTempFile::new()?;
    file.write_all(data)
}

fn scratch() -> std::io::Result<tempfile::TempDir> {
    // ok: rust-temp-file-fixed-name
    let base = env::temp_dir();
    tempfile::Builder::new().prefix("job").tempdir_in(base)
}
