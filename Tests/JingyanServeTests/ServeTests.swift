import Foundation
import Hummingbird
import JingyanModel
import JingyanPipeline
import JingyanSite
import Testing

@testable import JingyanServe

/// A throwaway folder under the system's temporary folder.
struct TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-serve-test-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }

    func write(_ text: String, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

@Suite struct WatcherTests {
    @Test func noticesAddedChangedAndRemovedFilesButNotHiddenOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a", to: "a.md")
        try folder.write("b", to: "sub/b.md")
        let first = FolderSnapshot(of: folder.url)
        #expect(Set(first.stamps.keys) == ["a.md", "sub/b.md"])
        #expect(FolderSnapshot(of: folder.url).changes(since: first).isEmpty)

        try folder.write("a, longer", to: "a.md")
        try folder.write("c", to: "c.md")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("sub/b.md"))
        try folder.write("{}", to: ".jingyan/manifest.json")
        try folder.write("swap", to: ".a.md.swp")
        #expect(FolderSnapshot(of: folder.url).changes(since: first) == ["a.md", "c.md", "sub/b.md"])
    }

    @Test func noticesATouchThatKeepsTheSize() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("same", to: "page.txt")
        let before = FolderSnapshot(of: folder.url)
        let file = folder.url.appendingPathComponent("page.txt")
        try folder.write("SAME", to: "page.txt")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: file.path)
        #expect(FolderSnapshot(of: folder.url).changes(since: before) == ["page.txt"])
    }

    @Test func tellsWhichRoleChanged() throws {
        let seeds = try TemporaryFolder()
        let content = try TemporaryFolder()
        defer {
            seeds.remove()
            content.remove()
        }
        let watched = WatchedFolders(folders: [.seeds: seeds.url, .content: content.url])
        let before = watched.snapshot()
        try content.write("x", to: "x.md")
        #expect(WatchedFolders.changedRoles(from: before, to: watched.snapshot()) == [.content])
        var watch = FolderWatch(watched)
        #expect(watch.changes().isEmpty)
        try seeds.write("p", to: "page.txt")
        #expect(watch.changes() == [.seeds])
        #expect(watch.changes().isEmpty)  // seen now
        try content.write("y", to: "y.md")
        watch.acceptCurrent()
        #expect(watch.changes().isEmpty)
        #expect(WatchedFolders.changedRoles(from: before, to: before).isEmpty)
    }

    @Test func aMissingFolderHasNoFiles() {
        #expect(FolderSnapshot(of: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")).stamps.isEmpty)
    }
}

@Suite struct LiveReloadTests {
    @Test func pagesGetTheScriptAndMayPollOthersStayAsBuilt() throws {
        let page = """
            <head><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;self&#39;">
            </head><body></body>
            """
        let site = MemorySink()
        let sink = LiveReloadSink(base: site)
        try sink.write(Data(page.utf8), to: "index.html")
        try sink.write(Data("x".utf8), to: "assets/site.js")
        let files = site.files
        let html = String(decoding: try #require(files["index.html"]), as: UTF8.self)
        #expect(html.contains("<script src=\"/__jingyan/live.js\" defer></script>\n</head>"))
        #expect(html.contains("content=\"connect-src 'self'; default-src"))
        #expect(files["assets/site.js"] == Data("x".utf8))
    }

    @Test func thePublishedSiteHasNoPreviewScript() throws {
        let content = try PreviewFixture.content()
        defer { content.remove() }
        let builder = try PreviewFixture.buildStep(content: content).builder()
        for (path, data) in try builder.files() {
            #expect(!String(decoding: data, as: UTF8.self).contains("__jingyan"), "\(path)")
        }
    }
}

/// Content extracted from the repository's seed page, once per test that needs it.
enum PreviewFixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var seeds: String { repositoryRoot.appendingPathComponent("seeds").path }

    static func content() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        _ = try ExtractStep(seeds: seeds, content: folder.url.path).run()
        return folder
    }

    static func buildStep(content: TemporaryFolder, theme: URL? = nil) -> BuildStep {
        BuildStep(content: content.url.path, seeds: seeds, theme: theme?.path, baseURL: nil)
    }
}

@Suite struct PreviewBuildTests {
    @Test func aFailedBuildKeepsTheLastGoodSiteAndReportsTheError() async throws {
        let content = try PreviewFixture.content()
        let out = try TemporaryFolder()
        defer {
            content.remove()
            out.remove()
        }
        let status = PreviewStatus()
        let folder = out.url.appendingPathComponent("site")
        var preview = PreviewBuild(step: PreviewFixture.buildStep(content: content), folder: folder, status: status)

        guard case .built(let articles, _, true) = await preview.rebuild() else {
            Issue.record("first build failed")
            return
        }
        #expect(articles == 5)
        #expect(await status.version == 1)
        #expect(await preview.rebuild() == .built(articles: 5, practices: 32, changed: false))
        #expect(await status.version == 1, "an unchanged site reloads no page")
        let index = try Data(contentsOf: folder.appendingPathComponent("index.html"))

        let practice = try #require(
            FileManager.default.enumerator(atPath: content.url.path)?.compactMap { $0 as? String }
                .first { $0.hasSuffix("-01.md") })
        try content.write("---\ntype: practice\n: broken", to: practice)
        guard case .failed(let message) = await preview.rebuild() else {
            Issue.record("a broken entry built")
            return
        }
        #expect(message.contains(practice))
        #expect(await status.error == message)
        #expect(try Data(contentsOf: folder.appendingPathComponent("index.html")) == index)
        #expect(await status.version == 1)
    }
}

@Suite struct PreviewServerTests {
    @Test func servesTheFolderItsNotFoundPageAndStatusAndRefusesTraversal() async throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("secret", to: "secret.txt")
        try root.write("<h1>首页</h1>", to: "site/index.html")
        try root.write("<h1>页面未找到</h1>", to: "site/404.html")
        try root.write("body{}", to: "site/assets/style.css")
        let status = PreviewStatus()
        await status.failed("content/a.md:3: bad")

        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = PreviewServer.application(folder: root.url.appendingPathComponent("site"), status: status, port: 0) {
            portContinuation.yield($0)
        }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())

        #expect(try RawHTTP.get("/", port: port).body == "<h1>首页</h1>")
        #expect(try RawHTTP.get("/assets/style.css", port: port).body == "body{}")
        let missing = try RawHTTP.get("/practices/deep/missing.html", port: port)
        #expect(missing.status == 404 && missing.body == "<h1>页面未找到</h1>")
        let version = try RawHTTP.get(LiveReload.versionPath, port: port)
        #expect(version.status == 200 && version.body == #"{"error":"content\/a.md:3: bad","version":0}"#)
        #expect(try RawHTTP.get(LiveReload.scriptPath, port: port).body == LiveReload.script)
        for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt"] {
            let reply = try RawHTTP.get(path, port: port)
            #expect(reply.status >= 400 && !reply.body.contains("secret"), "\(path): \(reply.status)")
        }
        // A NUL makes no file of another type; "//" leads to no other host; other hosts get nothing.
        for path in [
            "/assets/style.css%00.html", "/index.html%00.txt", "//assets", "//evil.example/", "/assets%2fstyle.css",
            "/assets%5Cstyle.css",
        ] {
            let reply = try RawHTTP.get(path, port: port)
            #expect(reply.status == 400 && !reply.head.lowercased().contains("location"), "\(path): \(reply.head)")
        }
        #expect(try RawHTTP.get("/", port: port, host: "attacker.example").status == 403)
        for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
            let reply = try RawHTTP.get("/index.html", port: port, method: method)
            #expect(
                reply.status == 405 && reply.head.lowercased().contains("allow: get, head"), "\(method): \(reply.head)")
        }
        #expect(try RawHTTP.get("/", port: port, host: "localhost:\(port)").status == 200)
        let head = try RawHTTP.get("/assets/style.css", port: port).head.lowercased()
        #expect(head.contains("x-content-type-options: nosniff"))
        #expect(head.contains("content-security-policy: connect-src 'self'; default-src 'none'; script-src 'self'"))
    }
}

/// `LiveSite`, behind `jingyan build --watch` and the preview: after each edit the folder holds
/// exactly what a full build of the edited content makes.
@Suite struct LiveSiteTests {
    func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            let file = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: file)
            }
        }
        return files
    }

    @Test func everyBuildLeavesWhatAFullBuildMakes() throws {
        let content = try PreviewFixture.content()
        let out = try TemporaryFolder()
        defer {
            content.remove()
            out.remove()
        }
        let step = PreviewFixture.buildStep(content: content)
        var site = LiveSite(folder: out.url.appendingPathComponent("site"))
        let practices = try #require(
            FileManager.default.subpathsOfDirectory(atPath: content.url.path).filter { $0.hasSuffix("-02.md") }.sorted()
        )
        let edits: [(String, () throws -> Void)] = [
            ("nothing yet", {}),
            (
                "a sentence appended",
                {
                    try content.write(
                        String(contentsOf: content.url.appendingPathComponent(practices[0]), encoding: .utf8)
                            + "\n观察模式新句子。\n", to: practices[0])
                }
            ),
            (
                "a practice removed: a full build",
                { try FileManager.default.removeItem(at: content.url.appendingPathComponent(practices[1])) }
            ),
            (
                "another sentence",
                {
                    try content.write(
                        String(contentsOf: content.url.appendingPathComponent(practices[0]), encoding: .utf8)
                            + "\n又一句。\n", to: practices[0])
                }
            ),
        ]
        for (name, edit) in edits {
            try edit()
            let builder = try step.builder(cache: site.cache)
            try site.build(builder)
            let fresh = out.url.appendingPathComponent("fresh")
            try builder.build(into: fresh)
            #expect(try files(under: site.folder) == files(under: fresh), "\(name)")
        }
    }
}

@Suite struct ExtractStepTests {
    /// A page with no article is named, the other pages are extracted as usual, and the files the
    /// failed page gave last time stay in content/.
    /// A seeds folder in `folder` with the repository's seed page in it as `name`.
    func seeds(in folder: TemporaryFolder, seedPageAs name: String) throws -> URL {
        let seeds = folder.url.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        let seedPage = try #require(
            try FileManager.default.contentsOfDirectory(atPath: PreviewFixture.seeds).first { $0.hasSuffix(".txt") })
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: PreviewFixture.seeds + "/" + seedPage), to: seeds.appendingPathComponent(name))
        return seeds
    }

    @Test func aPageWithoutArticlesKeepsItsFilesAndTheOthersAreExtracted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let seeds = try seeds(in: folder, seedPageAs: "a.txt")
        let other = PreviewFixture.repositoryRoot.appendingPathComponent(
            "Tests/JingyanExtractTests/Fixtures/dev-pages/page-c.txt")
        try FileManager.default.copyItem(at: other, to: seeds.appendingPathComponent("b.txt"))
        let content = folder.url.appendingPathComponent("content").path
        let step = ExtractStep(seeds: seeds.path, content: content)
        let first = try step.run()
        #expect(first.rejected.isEmpty)
        let files = try FileManager.default.subpathsOfDirectory(atPath: content).filter { $0.hasSuffix(".md") }.sorted()

        try "一行没有标题的文字\n又一行\n".write(to: seeds.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let second = try step.run()
        #expect(second.rejected.map(\.seedFile) == ["\(seeds.path)/b.txt"])
        #expect(second.rejected.first?.description.contains("b.txt: no article found") == true)
        #expect(second.extraction.articles.allSatisfy { $0.source.file.hasSuffix("a.txt") })
        #expect(second.report.removed.isEmpty)
        let kept = try FileManager.default.subpathsOfDirectory(atPath: content).filter { $0.hasSuffix(".md") }.sorted()
        #expect(kept == files, "b.txt's files were removed")

        try FileManager.default.removeItem(at: seeds.appendingPathComponent("b.txt"))
        let third = try step.run()
        #expect(!third.report.removed.isEmpty, "a page taken out of seeds/ takes its files along")
    }

    /// A sidecar says what the page is; a date in the file name counts without one; a sidecar
    /// with an unknown key or a date not written YYYY-MM-DD is an error naming it.
    @Test func aSidecarGivesPublicationDateAndPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let seeds = try seeds(in: folder, seedPageAs: "2025-01-15-一版.txt")
        let content = folder.url.appendingPathComponent("content").path
        let step = ExtractStep(seeds: seeds.path, content: content)
        let dated = try step.run().extraction.articles
        #expect(dated.allSatisfy { $0.provenance == PageProvenance(date: "2025-01-15") })

        try "publication: 铜仁日报\ndate: 2025-01-16\npage: 3\n".write(
            to: seeds.appendingPathComponent("2025-01-15-一版.yml"), atomically: true, encoding: .utf8)
        let outcome = try step.run()
        #expect(
            outcome.extraction.articles.allSatisfy {
                $0.provenance == PageProvenance(publication: "铜仁日报", date: "2025-01-16", page: "3")
            })
        let articleFile = try #require(
            outcome.report.written.first { $0.split(separator: "/").count == 2 && !$0.hasPrefix("captions/") })
        let article = try String(contentsOfFile: content + "/" + articleFile, encoding: .utf8)
        #expect(article.contains("publication: 铜仁日报"))

        try "publisher: 铜仁日报\n".write(
            to: seeds.appendingPathComponent("2025-01-15-一版.yml"), atomically: true, encoding: .utf8)
        #expect { try step.run() } throws: {
            "\($0)".contains("2025-01-15-一版.yml") && "\($0)".contains("unknown key 'publisher'")
        }
        try "date: 2025/1/16\n".write(
            to: seeds.appendingPathComponent("2025-01-15-一版.yml"), atomically: true, encoding: .utf8)
        #expect { try step.run() } throws: { "\($0)".contains("YYYY-MM-DD") }
    }
}

@Suite struct OutputFolderTests {
    /// build replaces --out whole: never a folder a person keeps, one holding it or inside it, a
    /// file, or a folder of other files (unless --force); a site it built before is fine.
    @Test func buildRefusesToReplaceWhatItDidNotBuild() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let manager = FileManager.default
        let content = root.url.appendingPathComponent("content")
        let seeds = root.url.appendingPathComponent("seeds")
        for folder in [content, seeds] { try manager.createDirectory(at: folder, withIntermediateDirectories: true) }
        try Data("x".utf8).write(to: root.url.appendingPathComponent("notes.md"))
        let kept = [content, seeds]
        func refused(_ path: String, force: Bool = false) -> Bool {
            (try? OutputFolder(root.url.path + "/" + path).check(keeping: kept, force: force)) == nil
        }
        for path in ["content", "seeds", "content/sub", ".", "seeds/../content/", "notes.md"] {
            #expect(refused(path), "\(path)")
        }
        try manager.createDirectory(at: root.url.appendingPathComponent("other"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.url.appendingPathComponent("other/a.txt"))
        #expect(refused("other"))
        #expect(!refused("other", force: true))
        #expect(refused("content", force: true), "--force never replaces content/")
        #expect(!refused("site"), "a new folder")
        try manager.createDirectory(at: root.url.appendingPathComponent("site"), withIntermediateDirectories: true)
        try Data().write(to: root.url.appendingPathComponent("site/" + SitePaths.marker))
        try Data("x".utf8).write(to: root.url.appendingPathComponent("site/index.html"))
        #expect(!refused("site"), "a site jingyan built")
    }
}
