fn clients(skip_verify: bool) -> reqwest::Result<()> {
    // ruleid: rust-tls-verification-disabled
    let insecure = reqwest::Client::builder().danger_accept_invalid_certs(true).build()?;
    // ruleid: rust-tls-verification-disabled
    let configurable = reqwest::Client::builder().danger_accept_invalid_certs(skip_verify).build()?;
    // ok: rust-tls-verification-disabled
    let secure = reqwest::Client::builder().danger_accept_invalid_certs(false).build()?;
    let _ = (insecure, configurable, secure);
    Ok(())
}

fn openssl(ctx: &mut openssl::ssl::SslContextBuilder) {
    // ruleid: rust-tls-verification-disabled
    ctx.set_verify(SslVerifyMode::NONE);
    // ok: rust-tls-verification-disabled
    ctx.set_verify(SslVerifyMode::PEER);
}
