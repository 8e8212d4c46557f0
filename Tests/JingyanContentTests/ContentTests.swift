import Foundation
import JingyanExtract
import JingyanModel
import Testing

@testable import JingyanContent

/// Writing content/, reading it back, and never losing a hand edit.
@Suite struct ContentTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let extraction: Extraction

    init() throws {
        let pages = try SeedPages.load(Self.repositoryRoot.appendingPathComponent("seeds"))
        extraction = try Extractor.standard().extract(pages: pages)
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            files[String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count))] = try Data(
                contentsOf: url)
        }
        return files
    }

    @Test func roundTripsThroughMarkdownAndYAML() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let loaded = try ContentLoader.load(from: folder)
        #expect(loaded.articles == extraction.articles)
        #expect(loaded.captions == extraction.captions)
    }

    @Test func twoRunsGiveIdenticalFiles() throws {
        let first = try temporaryFolder()
        let second = try temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        _ = try ContentWriter(directory: first).write(extraction)
        let again = try Extractor.standard().extract(
            pages: SeedPages.load(Self.repositoryRoot.appendingPathComponent("seeds")))
        _ = try ContentWriter(directory: second).write(again)
        let report = try ContentWriter(directory: first).write(again)
        #expect(try snapshot(first) == snapshot(second))
        #expect(report.written.isEmpty && report.keptEdits.isEmpty && !report.unchanged.isEmpty)
    }

    @Test func reExtractingKeepsHandEdits() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let path = "\(article.place.slug)/\(article.id)/\(article.practices[0].id).md"
        let file = folder.appendingPathComponent(path)
        let edited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "lead:", with: "# 已核对\nlead:")
        try edited.write(to: file, atomically: true, encoding: .utf8)

        let report = try ContentWriter(directory: folder).write(extraction)
        #expect(report.keptEdits == [path])
        #expect(try String(contentsOf: file, encoding: .utf8) == edited)
        let proposal = try String(contentsOf: file.appendingPathExtension("new"), encoding: .utf8)
        #expect(!proposal.contains("已核对"))
        // Still kept on the next run, and taken back only on request.
        #expect(try ContentWriter(directory: folder).write(extraction).keptEdits == [path])
        let discarded = try ContentWriter(directory: folder, discardEdits: true).write(extraction)
        #expect(discarded.written == [path])
        #expect(try String(contentsOf: file, encoding: .utf8) == proposal)
        #expect(!FileManager.default.fileExists(atPath: file.appendingPathExtension("new").path))
    }

    /// Edits made in a `.new` file survive taking the new extraction: the `.new` is removed only
    /// while it holds what extract wrote; taking it untouched leaves nothing behind.
    @Test func editsInANewFileAreKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let paths = article.practices.prefix(2).map { "\(article.place.slug)/\(article.id)/\($0.id).md" }
        for path in paths {
            let file = folder.appendingPathComponent(path)
            try (try String(contentsOf: file, encoding: .utf8) + "\n我的修改\n").write(
                to: file, atomically: true, encoding: .utf8)
        }
        #expect(try ContentWriter(directory: folder).write(extraction).keptEdits == paths)
        let edited = folder.appendingPathComponent(paths[0] + ".new")
        try (try String(contentsOf: edited, encoding: .utf8) + "\n在新文件里的修改\n").write(
            to: edited, atomically: true, encoding: .utf8)
        for path in paths { try FileManager.default.removeItem(at: folder.appendingPathComponent(path)) }

        let report = try ContentWriter(directory: folder).write(extraction)
        #expect(report.keptNewFiles == [paths[0] + ".new"])
        #expect(try String(contentsOf: edited, encoding: .utf8).contains("在新文件里的修改"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(paths[1] + ".new").path))
    }

    /// More articles than `ContentWriter.batchSize`: the report and a hand edit in the last
    /// batch come out as with one batch, and no temporary file is left.
    @Test func writesABaseOfManyBatches() throws {
        func renamed(_ article: Article, copy: Int) -> Article {
            var renamed = article
            renamed.id = "\(article.id)-copy\(copy)"
            renamed.sections = article.sections.map { section in
                var section = section
                section.practices = section.practices.map { practice in
                    var practice = practice
                    practice.id = renamed.id + practice.id.dropFirst(article.id.count)
                    return practice
                }
                return section
            }
            return renamed
        }
        var large = extraction
        large.articles = (0..<(ContentWriter.batchSize / extraction.articles.count + 2)).flatMap { copy in
            extraction.articles.map { renamed($0, copy: copy) }
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ContentWriter(directory: folder).write(large)
        let files = try snapshot(folder).keys.map { String($0.dropFirst()) }.filter { !$0.hasPrefix(".jingyan/") }
        #expect(first.written == files.sorted())

        let last = try #require(large.articles.last)
        let path = "\(last.place.slug)/\(last.id).md"
        let file = folder.appendingPathComponent(path)
        try (try String(contentsOf: file, encoding: .utf8) + "\n核对意见：保留。\n").write(
            to: file, atomically: true, encoding: .utf8)
        let again = try ContentWriter(directory: folder).write(large)
        #expect(again.keptEdits == [path])
        #expect(again.written.isEmpty && again.unchanged.count == first.written.count - 1)
        #expect(FileManager.default.fileExists(atPath: file.appendingPathExtension("new").path))
        #expect(try snapshot(folder).keys.allSatisfy { !$0.hasSuffix(".jingyan-tmp") })
    }

    @Test func removesOnlyUntouchedFilesThatAreNoLongerProduced() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let kept = extraction.articles[1]
        let editedPath = "\(kept.place.slug)/\(kept.id).md"
        let editedFile = folder.appendingPathComponent(editedPath)
        try (try String(contentsOf: editedFile, encoding: .utf8) + "\n核对意见：保留。\n").write(
            to: editedFile, atomically: true, encoding: .utf8)
        var smaller = extraction
        smaller.articles = [extraction.articles[0]]
        let report = try ContentWriter(directory: folder).write(smaller)
        #expect(report.keptOrphans == [editedPath] && report.keptEdits.isEmpty)
        #expect(FileManager.default.fileExists(atPath: editedFile.path))
        #expect(
            !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(extraction.articles[2].place.slug).path))
    }

    /// A manifest is committed with the content: a path in it that leaves content/ is never
    /// deleted, and a link planted where extract writes its temporary is not followed.
    @Test func writesAndDeletesOnlyInsideTheContentFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("content")
        _ = try ContentWriter(directory: folder).write(extraction)
        let victim = root.appendingPathComponent("victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let manifestURL = folder.appendingPathComponent(ContentWriter.manifestPath)
        var manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: manifestURL)) as! [String: [String: String]]
        manifest["files"]?["../victim.txt"] = Fingerprint.of(Data("keep me".utf8))
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestURL)

        let article = extraction.articles[0]
        let practicePath = "\(article.place.slug)/\(article.id)/\(article.practices[0].id).md"
        try FileManager.default.removeItem(at: folder.appendingPathComponent(practicePath))
        let target = root.appendingPathComponent("outside.txt")
        try Data("outside".utf8).write(to: target)
        let temporary = folder.appendingPathComponent(
            "\(article.place.slug)/\(article.id)/.\(article.practices[0].id).md.jingyan-tmp")
        try FileManager.default.createSymbolicLink(at: temporary, withDestinationURL: target)

        _ = try ContentWriter(directory: folder).write(extraction)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: target, encoding: .utf8) == "outside")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(practicePath).path))
        #expect(!String(decoding: try Data(contentsOf: manifestURL), as: UTF8.self).contains("victim"))
    }

    /// A file edited after extract read it and before it renames its new version over it keeps
    /// the edit; the new version goes beside it.
    @Test func aFileEditedWhileExtractRunsIsKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("a.md")
        let untouched = folder.appendingPathComponent("b.md")
        for url in [target, untouched] { try Data("old".utf8).write(to: url) }
        var staged = StagedFiles()
        try staged.stage([
            StagedFiles.Write(data: Data("new".utf8), url: target, expected: Fingerprint.of(Data("old".utf8))),
            StagedFiles.Write(data: Data("new".utf8), url: untouched, expected: Fingerprint.of(Data("old".utf8))),
        ])
        try Data("the person's edit".utf8).write(to: target)  // saved while extract runs
        let diverted = try staged.commit()
        #expect(diverted.map(\.lastPathComponent) == ["a.md"])
        #expect(try String(contentsOf: target, encoding: .utf8) == "the person's edit")
        #expect(try String(contentsOf: folder.appendingPathComponent("a.md.new"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: untouched, encoding: .utf8) == "new")
    }

    @Test func aMetricValueThatIsNoNumberIsAProblemWithItsLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let path = "\(article.place.slug)/\(article.id)/\(article.practices[0].id).md"
        let file = folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        let value = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("  value: ") })
        var lines = text.components(separatedBy: "\n")
        for (replacement, shown) in [(".nan", "nan"), (".inf", "inf"), ("1e309", "inf")] {
            lines[value] = "  value: \(replacement)"
            try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
            let error = try #require(throws: ContentErrors.self) { try ContentLoader.load(from: folder) }
            #expect(
                error.errors.map(\.description).contains {
                    $0.hasPrefix("\(folder.lastPathComponent)/\(path):\(value + 1): value of metric")
                        && $0.contains("is \(shown), not a number")
                },
                "\(error.errors)")
        }
    }

    @Test func slugsWindowsReservesAreProblems() throws {
        for slug in ["con", "aux", "nul", "prn", "com1", "lpt9"] {
            #expect(ContentLoader.isReservedOnWindows(slug), "\(slug)")
        }
        for slug in ["cong", "com", "com10", "lpt0", "songtao", "nu"] {
            #expect(!ContentLoader.isReservedOnWindows(slug), "\(slug)")
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let file = folder.appendingPathComponent("\(article.place.slug)/\(article.id).md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  slug: \(article.place.slug)\n", with: "  slug: con\n").write(
            to: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: ContentErrors.self) { try ContentLoader.load(from: folder) }
        #expect(error.errors.contains { $0.message.contains("slug 'con' names a file Windows reserves") })
    }

    @Test func reportsEveryContentProblemWithFileAndLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let practiceFile = folder.appendingPathComponent(
            "\(article.place.slug)/\(article.id)/\(article.practices[0].id).md")
        let text = try String(contentsOf: practiceFile, encoding: .utf8)
        try text.replacingOccurrences(of: "  sentence: ", with: "  sentence: 并不存在的句子。")
            .replacingOccurrences(of: "- 人才储备与培育", with: "- 不存在的分类")
            .write(to: practiceFile, atomically: true, encoding: .utf8)
        let articleFile = folder.appendingPathComponent("\(article.place.slug)/\(article.id).md")
        try String(contentsOf: articleFile, encoding: .utf8).replacingOccurrences(
            of: "title:", with: "title: [unclosed"
        )
        .write(to: articleFile, atomically: true, encoding: .utf8)
        let error = try #require(throws: ContentErrors.self) {
            try ContentLoader.load(from: folder, knownCategories: ["人才储备与培育"])
        }
        let messages = error.errors.map(\.description)
        #expect(messages.contains { $0.contains("\(article.id).md:") && $0.contains("malformed YAML") })
        #expect(messages.contains { $0.contains("\(article.practices[0].id).md:") && $0.contains("不存在的分类") })
        #expect(messages.contains { $0.contains("\(article.practices[0].id).md:") && $0.contains("source sentence") })
        #expect(error.errors.allSatisfy { $0.line != nil })
    }
}

extension ContentTests {
    /// A file that is a link out of content/ is refused; a link to a file inside is read, and a
    /// linked folder is not entered.
    @Test func refusesOnlyLinksThatLeadOut() throws {
        let outside = try temporaryFolder()
        let folder = outside.appendingPathComponent("content")
        defer { try? FileManager.default.removeItem(at: outside) }
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let practicePath = "\(article.place.slug)/\(article.id)/\(article.practices[0].id).md"
        let practiceFile = folder.appendingPathComponent(practicePath)
        let stray = outside.appendingPathComponent("stray.md")
        try FileManager.default.moveItem(at: practiceFile, to: stray)
        try FileManager.default.createSymbolicLink(atPath: practiceFile.path, withDestinationPath: stray.path)
        let error = try #require(throws: ContentErrors.self) { try ContentLoader.load(from: folder) }
        #expect(
            error.errors.map(\.description) == [
                "content/\(practicePath): is a link to a file outside content/; replace it with the file itself"
            ])

        // The same file linked from inside, by a relative link, and a folder of links to the outside.
        let inside = folder.appendingPathComponent("\(article.place.slug)/\(article.id)/kept.txt")
        try FileManager.default.removeItem(at: practiceFile)
        try FileManager.default.moveItem(at: stray, to: inside)
        try FileManager.default.createSymbolicLink(atPath: practiceFile.path, withDestinationPath: "kept.txt")
        try FileManager.default.createDirectory(
            at: outside.appendingPathComponent("more"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(  // read, it would be a second article of the same id
            at: folder.appendingPathComponent(ContentPaths.article(article)),
            to: outside.appendingPathComponent("more/copy.md"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("linked"), withDestinationURL: outside.appendingPathComponent("more"))
        let loaded = try ContentLoader.load(from: folder)
        #expect(loaded.articles == extraction.articles)
    }

    /// A figure its section's heading alone states ("一年化解矛盾纠纷286件") has the heading for its
    /// sentence: content/ loads as written, and the cache's reload of the practice agrees. A
    /// heading edited away leaves the sentence nowhere: a problem naming the practice's file.
    @Test func aMetricsSentenceMayBeItsArticlesHeading() throws {
        let page = [
            "思南县塘头镇今年推行纠纷分级化解。", "", "一年化解矛盾纠纷286件", "镇里组建调解队伍，邻里纠纷154件当场化解。", "",
            "思南 塘头", "", "纠纷分级化解在基层", "", "记者 罗小军",
        ].joined(separator: "\n")
        let found = try Extractor.standard().extract(pages: [("seeds/heading.txt", page)])
        let article = try #require(found.articles.first)
        #expect(article.practices.flatMap(\.metrics).map(\.sentence).contains("一年化解矛盾纠纷286件"))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ContentWriter(directory: folder).write(found)
        #expect(try ContentLoader.load(from: folder).articles == found.articles)
        let articleFile = folder.appendingPathComponent(ContentPaths.article(article))
        try String(contentsOf: articleFile, encoding: .utf8).replacingOccurrences(
            of: "一年化解矛盾纠纷286件", with: "纠纷化解在基层"
        ).write(to: articleFile, atomically: true, encoding: .utf8)
        let error = try #require(throws: ContentErrors.self) { try ContentLoader.load(from: folder) }
        #expect(error.errors.contains { $0.description.contains("source sentence of metric '一年化解矛盾纠纷286件'") })
    }
}

/// The seed pages of a folder, as the CLI reads them.
enum SeedPages {
    static func load(_ folder: URL) throws -> [(file: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            ("seeds/\($0)", try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }
}
