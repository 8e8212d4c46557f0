import Foundation
import JingyanSite

/// What only the preview has: a script that reloads open pages when the site was rebuilt and
/// shows build errors over the page. `serve` adds it to the pages it serves; `jingyan build`
/// never does, so a published site has neither the script nor the looser policy it needs.
enum LiveReload {
    static let scriptPath = "/__jingyan/live.js"
    static let versionPath = "/__jingyan/version"

    /// Polls the version; on a new one reloads, and shows or hides the error overlay. Styles are
    /// set through the DOM, which the pages' policy allows (it forbids inline style attributes).
    static let script = """
        // Served only by `jingyan serve`: reloads the page after a rebuild, shows build errors.
        (function () {
          "use strict";
          var seen = null;
          var overlay = null;
          function show(message) {
            if (!overlay) {
              overlay = document.createElement("pre");
              overlay.id = "jingyan-build-error";
              var style = overlay.style;
              style.position = "fixed"; style.left = "0"; style.right = "0"; style.bottom = "0";
              style.maxHeight = "60vh"; style.overflow = "auto"; style.margin = "0"; style.padding = "1rem";
              style.background = "#7f1d1d"; style.color = "#fff"; style.font = "14px/1.5 monospace";
              style.whiteSpace = "pre-wrap"; style.zIndex = "2147483647";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "生成失败，仍显示上一次成功生成的版本。"
              + "改正后会自动刷新。\\n\\n" + message;
          }
          function hide() {
            if (overlay) { overlay.remove(); overlay = null; }
          }
          function poll() {
            fetch("\(versionPath)", { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (state) {
                if (seen !== null && state.version !== seen) { location.reload(); return; }
                seen = state.version;
                if (state.error) { show(state.error); } else { hide(); }
              })
              .catch(function () { /* server restarting or stopped: try again */ })
              .then(function () { setTimeout(poll, 700); });
          }
          poll();
        })();

        """

    /// The site's policy as the preview serves it: with the connection the script makes.
    static let contentSecurityPolicy = "connect-src 'self'; " + SitePolicy.contentSecurityPolicy

    /// The page with the script added and `connect-src 'self'` in its policy, so that the script
    /// may ask the server for the version. Only the head is searched, on bytes: a county page is
    /// megabytes of cards, and searching all of it for every rebuild is wasted work.
    static func inject(into html: Data) -> Data {
        let tag = Data("<script src=\"\(scriptPath)\" defer></script>\n".utf8)
        // A built page's attribute is unquoted (AttributeQuotes); a page from elsewhere may quote it.
        let policies = [
            "http-equiv=Content-Security-Policy content=\"", "http-equiv=\"Content-Security-Policy\" content=\"",
        ]
        let head = html.firstRange(of: Data("</head>".utf8))
        var page = html
        if let head {
            page.insert(contentsOf: tag, at: head.lowerBound)
        } else {
            page.append(tag)
        }
        let before = html[..<(head?.lowerBound ?? html.endIndex)]
        if let found = policies.lazy.compactMap({ before.firstRange(of: Data($0.utf8)) }).first {
            page.insert(contentsOf: Data("connect-src 'self'; ".utf8), at: found.upperBound)
        }
        return page
    }

    /// Shown until the first build succeeds; reloads itself when it does.
    static let placeholder: [String: Data] = [
        "index.html": inject(
            into: Data(
                """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
                <title>正在生成…</title>
                </head>
                <body>
                <p>正在生成预览……</p>
                </body>
                </html>

                """.utf8))
    ]
}
