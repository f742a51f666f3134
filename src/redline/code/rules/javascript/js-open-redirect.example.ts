export function redirectAfterLogin(params: URLSearchParams): void {
  // ruleid: js-open-redirect
  window.location = params.get("return") as string;
  // ok: js-open-redirect
  window.location.href = `https://app.example.com/${params.get("page")}`;
}
