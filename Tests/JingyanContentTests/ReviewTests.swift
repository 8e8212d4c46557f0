import Foundation
import JingyanModel
import Testing

@testable import JingyanContent

/// Review notes: into content files and back, left out when there are none, kept out of the
/// review list once a person deleted them, and the list `jingyan extract` prints.
@Suite struct ReviewTests {
    /// The seed page's extraction and the folder helpers of `ContentTests`.
    let base: ContentTests

    init() throws {
        base = try ContentTests()
    }

    /// The seed extraction with notes on the first article, its first practice (two) and the
    /// last article.
    var noted: Extraction {
        var extraction = base.extraction
        extraction.articles[0].review = ["没有署名：请核对作者"]
        extraction.articles[0].sections[0].practices[0].review = ["标题为推测", "文章边界不确定：请核对第12–40行"]
        extraction.articles[extraction.articles.count - 1].review = ["地名不在地名表中：某某"]
        return extraction
    }

    func path(_ article: Article) -> String { "\(article.place.slug)/\(article.id).md" }
    func path(_ practice: Practice, of article: Article) -> String {
        "\(article.place.slug)/\(article.id)/\(practice.id).md"
    }

    @Test func notesRoundTripThroughContentFiles() throws {
        let folder = try base.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extraction = noted
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let text = try String(contentsOf: folder.appendingPathComponent(path(article)), encoding: .utf8)
        #expect(text.contains("\nreview:\n- 没有署名：请核对作者\n---\n"))
        #expect(try ContentLoader.load(from: folder).articles == extraction.articles)
        // The fast path and Yams read the same notes.
        let practiceFile = try String(
            contentsOf: folder.appendingPathComponent(path(article.practices[0], of: article)), encoding: .utf8)
        for file in [text, practiceFile] {
            let fast = try ContentLoader.parse(file, file: "x.md").entry
            #expect(ContentLoader.fastEntry(try FrontMatter.split(file).yaml) != nil)
            #expect(try ContentLoader.parse(file, file: "x.md", fastPath: false).entry == fast)
        }
    }

    @Test func filesWithoutNotesAreAsBefore() throws {
        let plain = try base.temporaryFolder()
        let withNotes = try base.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: plain)
            try? FileManager.default.removeItem(at: withNotes)
        }
        _ = try ContentWriter(directory: plain).write(base.extraction)
        _ = try ContentWriter(directory: withNotes).write(noted)
        let before = try base.snapshot(plain)
        let after = try base.snapshot(withNotes)
        #expect(before.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("review:") })
        let article = noted.articles[0]
        let last = noted.articles[noted.articles.count - 1]
        let notedPaths = Set([path(article), path(article.practices[0], of: article), path(last)].map { "/" + $0 })
        for (file, data) in before where !file.hasPrefix("/.jingyan/") {
            if notedPaths.contains(file) {
                // The same file with the review lines after the source.
                let text = String(decoding: try #require(after[file]), as: UTF8.self)
                let withoutReview = text.replacingOccurrences(
                    of: #"review:\n(- .*\n)+"#, with: "", options: .regularExpression)
                #expect(withoutReview == String(decoding: data, as: UTF8.self))
            } else {
                #expect(after[file] == data, "\(file)")
            }
        }
    }

    @Test func deletingNotesIsAHandEditAndTakesThemOffTheList() throws {
        let folder = try base.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extraction = noted
        _ = try ContentWriter(directory: folder).write(extraction)
        let article = extraction.articles[0]
        let articlePath = path(article)
        let practicePath = path(article.practices[0], of: article)
        // The whole field deleted from the article, one of two notes from the practice.
        try edit(articlePath, in: folder) { $0.replacingOccurrences(of: "review:\n- 没有署名：请核对作者\n", with: "") }
        try edit(practicePath, in: folder) { $0.replacingOccurrences(of: "- 标题为推测\n", with: "") }
        let edited = try base.snapshot(folder)

        let report = try ContentWriter(directory: folder).write(extraction)
        #expect(report.keptEdits == [articlePath, practicePath])
        for path in [articlePath, practicePath] {
            #expect(try base.snapshot(folder)["/" + path] == edited["/" + path])
            let proposal = try String(contentsOf: folder.appendingPathComponent(path + ".new"), encoding: .utf8)
            #expect(proposal.contains("review:"))
        }
        let notes = ReviewList.notes(of: extraction, report: report, in: folder)
        #expect(notes.map(\.note) == ["文章边界不确定：请核对第12–40行", "地名不在地名表中：某某"])
        let loaded = try #require(try ContentLoader.load(from: folder).articles.first { $0.id == article.id })
        #expect(loaded.review.isEmpty && loaded.practices[0].review == ["文章边界不确定：请核对第12–40行"])
    }

    func edit(_ path: String, in folder: URL, _ change: (String) -> String) throws {
        let file = folder.appendingPathComponent(path)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = change(text)
        #expect(edited != text, "the edit of \(path) changes nothing")
        try edited.write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theListIsSortedByPageAndLineAndNamesTheFile() throws {
        let folder = try base.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let extraction = noted
        let report = try ContentWriter(directory: folder).write(extraction)
        let first = extraction.articles[0]
        let last = extraction.articles[extraction.articles.count - 1]
        let practice = first.practices[0]
        let page = first.source.file
        let expected = [
            "\(page):\(first.source.firstLine): 没有署名：请核对作者 (content/\(path(first)))",
            "\(page):\(practice.source.firstLine): 标题为推测 (content/\(path(practice, of: first)))",
            "\(page):\(practice.source.firstLine): 文章边界不确定：请核对第12–40行 (content/\(path(practice, of: first)))",
            "\(page):\(last.source.firstLine): 地名不在地名表中：某某 (content/\(path(last)))",
        ]
        #expect(first.source.firstLine < practice.source.firstLine && practice.source.firstLine < last.source.firstLine)
        let notes = ReviewList.notes(of: extraction, report: report, in: folder)
        let lines = notes.map { $0.line(contentFolder: "content") }
        #expect(lines == expected)
    }

    @Test func sortsByFileThenLineAsNumbers() {
        func note(_ file: String, _ line: Int, _ path: String) -> ReviewNote {
            ReviewNote(seedFile: file, line: line, note: "\(file):\(line)", contentPath: path)
        }
        let notes = [
            note("seeds/b.txt", 1, "a.md"), note("seeds/a.txt", 12, "a.md"), note("seeds/a.txt", 9, "b.md"),
            note("seeds/a.txt", 9, "a.md"),
        ]
        #expect(ReviewList.sorted(notes) == [notes[3], notes[2], notes[1], notes[0]])
        #expect(notes[2].line(contentFolder: "content") == "seeds/a.txt:9: seeds/a.txt:9 (content/b.md)")
    }

    @Test func jsonAlwaysHasReviewAndReadsDocumentsWithout() throws {
        let data = try ExtractionJSON.encode(noted)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles[0]["review"] as? [String] == ["没有署名：请核对作者"])
        #expect(articles[1]["review"] as? [String] == [])
        let sections = try #require(articles[1]["sections"] as? [[String: Any]])
        let practices = try #require(sections[0]["practices"] as? [[String: Any]])
        #expect(practices[0]["review"] as? [String] == [])
        #expect(try JSONDecoder().decode(Extraction.self, from: data) == noted)

        let withoutReview = String(decoding: try ExtractionJSON.encode(base.extraction), as: UTF8.self)
            .replacingOccurrences(of: #""review" : \[\s*\],?"#, with: "", options: .regularExpression)
        #expect(!withoutReview.contains("review"))
        #expect(try JSONDecoder().decode(Extraction.self, from: Data(withoutReview.utf8)) == base.extraction)
    }
}
