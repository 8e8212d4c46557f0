import Foundation
import JingyanExtract
import JingyanModel
import Testing

@testable import JingyanContent

/// Loading content/ again with a `ContentCache` gives what loading it afresh gives, after every
/// kind of edit, and takes the patch path for edits of a few files in place.
@Suite struct ContentCacheTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-cache-\(UUID().uuidString)")
        let pages = try SeedPages.load(ContentTests.repositoryRoot.appendingPathComponent("seeds"))
        _ = try ContentWriter(directory: folder).write(try Extractor.standard().extract(pages: pages))
        try settle()
    }

    /// Dates every file an hour back, as files are between edits: the cache reads a file changed
    /// in the last seconds again whatever its stamp says.
    func settle() throws {
        let past = Date(timeIntervalSinceNow: -3600)
        for path in try ContentLoader.markdownFiles(in: folder) {
            try FileManager.default.setAttributes(
                [.modificationDate: past], ofItemAtPath: folder.appendingPathComponent(path).path)
        }
    }

    /// The first file whose relative path satisfies `test` and whose text holds `text`.
    func file(where test: (String) -> Bool, holding text: String? = nil) throws -> URL {
        let paths = try ContentLoader.markdownFiles(in: folder).filter(test).map(folder.appendingPathComponent)
        return try #require(
            paths.first { url in
                text.map { (try? String(contentsOf: url, encoding: .utf8).contains($0)) ?? false } ?? true
            })
    }

    static func isPractice(_ path: String) -> Bool { path.split(separator: "/").count == 3 }
    static func isArticle(_ path: String) -> Bool {
        path.split(separator: "/").count == 2 && !path.hasPrefix("captions/")
    }

    func edit(_ url: URL, _ change: (String) -> String) throws {
        try change(String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
    }

    /// The text with the line after the line `key` replaced.
    static func replacingLine(after key: String, in text: String, with line: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let at = lines.firstIndex(of: key), at + 1 < lines.count { lines[at + 1] = line }
        return lines.joined(separator: "\n")
    }

    /// The outcome of a load, comparable: the content, or the problems reported.
    func outcome(_ load: () throws -> LoadedContent) -> Result<[Article], ContentErrors> {
        do { return .success(try load().articles) } catch let errors as ContentErrors { return .failure(errors) } catch
        {
            Issue.record("unexpected \(error)")
            return .success([])
        }
    }

    @Test func everyEditLoadsAsAFreshLoad() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ContentCache()
        let categories: Set<String> = try Set(
            Taxonomy(yaml: Taxonomy.bundledText(), source: "taxonomy.yml").categories.map(\.name))
        let practice = try file(where: Self.isPractice)
        let led = try file(where: Self.isPractice, holding: "\nlead: ")
        let categorized = try file(where: Self.isPractice, holding: "\ncategories:\n- ")
        let articles = try ContentLoader.markdownFiles(in: folder).filter(Self.isArticle).map(
            folder.appendingPathComponent)
        var savedCategory = ""
        let edits: [(String, () throws -> Void)] = [
            ("a sentence appended to a practice", { try edit(practice) { $0 + "\n该做法已在全县推广。\n" } }),
            ("a lead changed", { try edit(led) { $0.replacingOccurrences(of: "\nlead: ", with: "\nlead: 新") } }),
            (
                "an article retitled",
                { try edit(articles[0]) { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 新") } }
            ),
            ("an article's lede", { try edit(articles[1]) { $0 + "\n补充的导语。\n" } }),
            (
                "an unknown category",
                {
                    try edit(categorized) { text in
                        savedCategory =
                            text.components(separatedBy: "\n").drop { $0 != "categories:" }.dropFirst().first ?? ""
                        return Self.replacingLine(after: "categories:", in: text, with: "- 没有的分类")
                    }
                }
            ),
            (
                "the category put right",
                { try edit(categorized) { Self.replacingLine(after: "categories:", in: $0, with: savedCategory) } }
            ),
            (
                "an article dated",
                {
                    try edit(articles[2]) {
                        $0.replacingOccurrences(of: "\ntitle: ", with: "\ndate: 2025-01-15\ntitle: ")
                    }
                }
            ),
            (
                "a metric's value not a number",
                {
                    try edit(file(where: Self.isPractice, holding: "\n  value: ")) { text in
                        text.replacingOccurrences(
                            of: #"\n  value: [0-9.]+\n"#, with: "\n  value: .nan\n", options: .regularExpression)
                    }
                }
            ),
            (
                "a practice moved to another section",
                {
                    try edit(file(where: Self.isPractice, holding: "\nsection: 1\n")) {
                        $0.replacingOccurrences(of: "\nsection: 1\n", with: "\nsection: 2\n")
                    }
                }
            ),
            ("a file removed", { try FileManager.default.removeItem(at: practice) }),
        ]
        _ = try ContentLoader.load(from: folder, knownCategories: categories, cache: cache)
        for (name, change) in edits {
            try change()
            let cached = outcome { try ContentLoader.load(from: folder, knownCategories: categories, cache: cache) }
            let fresh = outcome { try ContentLoader.load(from: folder, knownCategories: categories) }
            #expect(String(describing: cached) == String(describing: fresh), "\(name)")
        }
    }

    @Test func anEditInPlaceIsPatched() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = ContentCache()
        _ = try ContentLoader.load(from: folder, cache: cache)
        try edit(file(where: Self.isPractice)) { $0 + "\n该做法已在全县推广。\n" }
        try edit(file(where: Self.isArticle)) { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 新") }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        let patched = try #require(
            ContentLoader.patch(
                cache, paths: ContentLoader.markdownFiles(in: root), root: root,
                displayFolder: folder.lastPathComponent, knownCategories: nil))
        #expect(patched.articles == (try ContentLoader.load(from: folder).articles))
        #expect(patched.articles.flatMap(\.practices).contains { $0.text.hasSuffix("该做法已在全县推广。") })
    }
}
