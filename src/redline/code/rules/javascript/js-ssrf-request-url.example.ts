import axios from "axios";

export async function ping(baseUrl: string): Promise<number> {
  // ruleid: js-ssrf-request-url
  const res = await axios.get(`${baseUrl}/ping`);
  // ok: js-ssrf-request-url
  const own = await axios.get(`https://internal.example.com/ping?from=${baseUrl}`);
  return res.status + own.status;
}
