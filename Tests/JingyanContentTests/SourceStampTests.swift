import Foundation
import JingyanExtract
import JingyanLayout
import JingyanModel
import Testing

@testable import JingyanContent

/// A hand edit kept across extractions while the seed changes under it: practice ids follow
/// their position, so lines deleted above an edited practice give its id to another one.
@Suite struct SourceStampTests {
    static let seeds = ContentTests.repositoryRoot.appendingPathComponent("seeds")

    struct Page {
        var file: String
        var text: String

        var seedLines: SeedLines { SeedLines(pages: [file: SeedLines.lineHashes(PageText.printedLines(of: text))]) }

        func extraction() throws -> Extraction { try Extractor.standard().extract(pages: [(file: file, text: text)]) }

        /// The page without the lines `source` names.
        func removing(_ source: SourceRef) -> Page {
            var lines = PageText.printedLines(of: text).map(String.init)
            lines.removeSubrange((source.firstLine - 1)..<source.lastLine)
            return Page(file: file, text: lines.joined(separator: "\n") + "\n")
        }
    }

    let page: Page
    let folder: URL

    init() throws {
        let pages = try SeedPages.load(Self.seeds)
        try #require(pages.count == 1)
        page = Page(file: pages[0].file, text: pages[0].text)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-stamps-\(UUID().uuidString)")
    }

    func path(of practice: Int, in extraction: Extraction) -> String {
        ContentPaths.practice(extraction.articles[0].practices[practice], of: extraction.articles[0])
    }

    func edit(_ path: String) throws {
        let url = folder.appendingPathComponent(path)
        try (try String(contentsOf: url, encoding: .utf8) + "\n我的修改\n").write(
            to: url, atomically: true, encoding: .utf8)
    }

    @Test func anEditWhosePracticeMovedNamesWhereItWent() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try page.extraction()
        try #require(before.articles[0].practices.count >= 3)
        _ = try ContentWriter(directory: folder).write(before, seedLines: page.seedLines)
        let third = path(of: 2, in: before)
        try edit(third)
        let changed = page.removing(before.articles[0].practices[1].source)
        let after = try changed.extraction()

        let report = try ContentWriter(directory: folder).write(after, seedLines: changed.seedLines)
        #expect(report.keptEdits == [third])
        let moved = StaleEdit.Found(path: path(of: 1, in: after), source: after.articles[0].practices[1].source)
        let stale = StaleEdit(path: third, source: before.articles[0].practices[2].source, now: moved)
        #expect(report.staleEdits == [stale])
        // The moved text went to the practice before it, written anew.
        #expect(report.written.contains(path(of: 1, in: after)))

        let problems = try ContentWriter.staleEdits(in: folder, seedLines: changed.seedLines)
        #expect(problems.count == 1)
        #expect(problems.first?.file == folder.lastPathComponent + "/" + third)
        let text = try String(contentsOf: folder.appendingPathComponent(third), encoding: .utf8)
        let sourceLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.hasPrefix("source:")
        }
        #expect(problems.first?.line == sourceLine.map { $0 + 1 })
        #expect(problems.first?.message == stale.explanation(contentFolder: folder.lastPathComponent))
        #expect(
            stale.explanation(contentFolder: "content").hasSuffix(
                "extracted into content/\(path(of: 1, in: after)): move your edit there, then delete this file"))
    }

    @Test func anEditWhosePracticeIsGoneSaysSo() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try page.extraction()
        _ = try ContentWriter(directory: folder).write(before, seedLines: page.seedLines)
        let second = path(of: 1, in: before)
        try edit(second)
        let changed = page.removing(before.articles[0].practices[1].source)

        let report = try ContentWriter(directory: folder).write(try changed.extraction(), seedLines: changed.seedLines)
        #expect(report.staleEdits.map(\.path) == [second])
        #expect(report.staleEdits.first?.now == nil)
        #expect(report.staleEdits.first?.explanation(contentFolder: "content").contains("no longer has it") == true)
    }

    /// A practice of a later article keeps its number, but its lines move up: the edit is on
    /// the right practice, and only its `source:` lines need correcting.
    @Test func anEditWhoseLinesOnlyMovedSaysWhereTheyAreNow() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try page.extraction()
        _ = try ContentWriter(directory: folder).write(before, seedLines: page.seedLines)
        let last = try #require(before.articles.last)
        let path = ContentPaths.practice(last.practices[0], of: last)
        try edit(path)
        let changed = page.removing(before.articles[0].practices[1].source)
        let after = try changed.extraction()
        let moved = try #require(after.articles.last?.practices.first?.source)

        let report = try ContentWriter(directory: folder).write(after, seedLines: changed.seedLines)
        let stale = StaleEdit(path: path, source: last.practices[0].source, now: .init(path: path, source: moved))
        #expect(report.staleEdits == [stale])
        #expect(
            stale.explanation(contentFolder: "content").hasSuffix(
                "it is now at lines \(moved.firstLine)–\(moved.lastLine), as in content/\(path).new: correct `lines:` under `source:` here"
            ))
        let problems = try ContentWriter.staleEdits(in: folder, seedLines: changed.seedLines)
        #expect(problems.map(\.message) == [stale.explanation(contentFolder: folder.lastPathComponent)])
    }

    /// Only edited files whose own lines changed are problems: untouched files are simply
    /// extracted again, and an edit above the change keeps its lines.
    @Test func untouchedFilesAndEditsAboveTheChangeAreNoProblem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try page.extraction()
        _ = try ContentWriter(directory: folder).write(before, seedLines: page.seedLines)
        let first = path(of: 0, in: before)
        try edit(first)
        let changed = page.removing(before.articles[0].practices[1].source)
        #expect(try ContentWriter.staleEdits(in: folder, seedLines: changed.seedLines).isEmpty)
        let report = try ContentWriter(directory: folder).write(try changed.extraction(), seedLines: changed.seedLines)
        #expect(report.staleEdits.isEmpty)
        #expect(try ContentWriter.staleEdits(in: folder, seedLines: changed.seedLines).isEmpty)
        // Without the page, nothing is judged.
        try edit(path(of: 4, in: before))
        #expect(try ContentWriter.staleEdits(in: folder, seedLines: SeedLines()).isEmpty)
    }

    /// A kill during extract leaves `.<file>.jingyan-tmp` files; the next extract removes them,
    /// and a planted link of that name is removed, not followed.
    @Test func temporariesOfAKilledExtractAreRemoved() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let extraction = try page.extraction()
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = folder.appendingPathComponent(ContentPaths.article(extraction.articles[0]))
        let left = article.deletingLastPathComponent().appendingPathComponent(".x.md.jingyan-tmp")
        try Data("half".utf8).write(to: left)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jingyan-outside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data("keep".utf8).write(to: outside)
        let link = folder.appendingPathComponent(".y.md.jingyan-tmp")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)

        _ = try ContentWriter(directory: folder).write(extraction)
        #expect(!FileManager.default.fileExists(atPath: left.path))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == nil)
        #expect(try Data(contentsOf: outside) == Data("keep".utf8))
    }
}
