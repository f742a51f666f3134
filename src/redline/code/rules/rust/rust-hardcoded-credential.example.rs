// ruleid: rust-hardcoded-credential
const API_KEY: &str = "sk_live_51HxAbCdEf";

struct Config { password: String, user: String }

fn config() -> Config {
    // ruleid: rust-hardcoded-credential
    let db_password = "S3cr3t!2024";
    // ok: rust-hardcoded-credential
    let password = std::env::var("DB_PASSWORD").unwrap_or_default();
    // ok: rust-hardcoded-credential
    let secret = "";
    let _ = (db_password, secret, API_KEY);
    Config {
        // ruleid: rust-hardcoded-credential
        password: "hunter2hunter2".to_string(),
        // ok: rust-hardcoded-credential
        user: password,
    }
}
