// ruleid: node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
// ruleid: node-tls-reject-env
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 0;
// ok: node-tls-reject-env
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "1";
// ok: node-tls-reject-env
process.env.NODE_EXTRA_CA_CERTS = "/etc/ssl/internal-ca.pem";
