import axios from "axios";

// ruleid: insecure-http-url
export const api = axios.create({ baseURL: "http://payments.acme-corp.io/api" });
// ok: insecure-http-url
export const secureApi = axios.create({ baseURL: "https://payments.acme-corp.io/api" });
