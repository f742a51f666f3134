#include <curl/curl.h>

void fetch(CURL *curl) {
    // ruleid: curl-ssl-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    // ruleid: curl-ssl-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0);
    // ok: curl-ssl-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    // ok: curl-ssl-verify-disabled
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
}
