import Foundation
import JingyanContent
import JingyanModel

/// The same practices as a minimal Hugo site: one page per practice, taxonomy pages for place and
/// mechanism, and a search page on Pagefind's JavaScript API. It is what a user would set up
/// instead of Jingyan, kept as small as Hugo allows so that Hugo is measured, not a theme.
struct HugoProject {
    var folder: URL

    var publicFolder: URL { folder.appendingPathComponent("public") }

    /// Writes config, layouts and one Markdown file per practice, front matter converted.
    func write(from content: URL) throws {
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: folder)
        let loaded = try ContentLoader.load(from: content)
        for (path, text) in Self.skeleton {
            try write(text, to: path)
        }
        for article in loaded.articles {
            for practice in article.practices {
                try write(try Self.page(for: practice, in: article), to: practicePath(practice.id))
            }
        }
    }

    func practicePath(_ id: String) -> String { "content/practices/\(id).md" }

    private func write(_ text: String, to path: String) throws {
        let file = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Front matter as JSON values, which YAML reads as they are: no quoting rules to get wrong
    /// with names holding "+", "、" or curly quotes.
    static func page(for practice: Practice, in article: Article) throws -> String {
        struct FrontMatter: Encodable {
            var title: String
            var places: [String]
            var mechanisms: [String]
        }
        let title = article.title + "：" + (practice.lead ?? practice.id)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(
            decoding: try encoder.encode(
                FrontMatter(title: title, places: [article.place.displayName], mechanisms: practice.mechanisms)),
            as: UTF8.self)
        return "---\n\(json)\n---\n\n\(practice.text)\n"
    }

    /// Config and layouts. `data-pagefind-body` keeps Pagefind to the practice pages, as
    /// Jingyan's index is.
    static let skeleton: [(path: String, text: String)] = [
        (
            "config.toml",
            """
            baseURL = "http://localhost/"
            languageCode = "zh-cn"
            title = "经验库 (Hugo)"
            hasCJKLanguage = true
            disableKinds = ["RSS", "sitemap", "robotsTXT", "404"]
            [taxonomies]
              place = "places"
              mechanism = "mechanisms"

            """
        ),
        (
            "layouts/_default/baseof.html",
            """
            <!DOCTYPE html>
            <html lang="zh-cn"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body>{{ block "main" . }}{{ end }}</body></html>

            """
        ),
        (
            "layouts/_default/single.html",
            """
            {{ define "main" }}<main data-pagefind-body><h1>{{ .Title }}</h1>
            <p>{{ range .GetTerms "places" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
            <ul>{{ range .GetTerms "mechanisms" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>\
            {{ end }}</ul>
            {{ .Content }}</main>{{ end }}

            """
        ),
        (
            "layouts/_default/list.html",
            """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}

            """
        ),
        (
            "static/search.html",
            """
            <!DOCTYPE html>
            <html lang="zh-cn"><head><meta charset="utf-8"><title>搜索</title></head>
            <body><input id="q" type="search"><ol id="results"></ol>
            <script type="module">
            const pagefind = await import("./pagefind/pagefind.js");
            const input = document.getElementById("q");
            const list = document.getElementById("results");
            async function run() {
              const search = await pagefind.search(input.value.trim());
              const shown = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
              list.replaceChildren(...shown.map((data) => {
                const item = document.createElement("li");
                item.textContent = data.meta.title + " — " + data.excerpt;
                return item;
              }));
            }
            input.addEventListener("input", run);
            input.value = new URLSearchParams(location.search).get("q") || "";
            if (input.value) run();
            </script></body></html>

            """
        ),
    ]
}

/// `hugo server` on a project (which renders to memory), rebuilding after each edit, as a user previewing with
/// Hugo would: the time of each rebuild is Hugo's own ("Total in N ms"), read from its output.
struct HugoServerTiming {
    static func rebuildSeconds(
        hugo: String, project: HugoProject, editing page: URL, edits: Int, port: Int = 1314
    ) throws -> [Double] {
        let logFile = project.folder.appendingPathComponent("server.log")
        guard FileManager.default.createFile(atPath: logFile.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: logFile.path])
        }
        let output = try FileHandle(forWritingTo: logFile)
        defer { try? output.close() }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: hugo)
        server.arguments = [
            "server", "--source", project.folder.path, "--bind", "127.0.0.1", "--port", String(port),
            "--disableLiveReload", "--disableFastRender",
        ]
        server.standardOutput = output
        server.standardError = output
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        func log() -> String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }
        /// Each rebuild's "Total in N ms" (the first build says "Built in").
        func totals() -> [Double] {
            log().split(separator: "\n").compactMap { line in
                guard let range = line.range(of: "Total in ") else { return nil }
                return Double(line[range.upperBound...].prefix { $0.isNumber || $0 == "." }).map { $0 / 1000 }
            }
        }
        func wait(until done: () -> Bool) throws {
            let deadline = Date(timeIntervalSinceNow: 600)
            while !done() {
                guard server.isRunning, Date() < deadline else { throw HugoServerError(log: logFile) }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        try wait { log().contains("Web Server is available") }
        for edit in 1...max(edits, 1) {
            try EntryEdit.append(to: page)
            try wait { totals().count >= edit }
        }
        return totals()
    }
}

struct HugoServerError: Error, CustomStringConvertible {
    var log: URL
    var description: String { "hugo server did not report a rebuild; see \(log.path)" }
}
