import android.webkit.WebSettings;
import android.webkit.WebView;

class Browser {
    void configure(WebView webView) {
        WebSettings settings = webView.getSettings();
        // ruleid: webview-file-access
        settings.setAllowFileAccess(true);
        // ruleid: webview-file-access
        settings.setAllowUniversalAccessFromFileURLs(true);
        // ok: webview-file-access
        settings.setAllowFileAccess(false);
        // ok: webview-file-access
        settings.setJavaScriptEnabled(true);
    }
}
