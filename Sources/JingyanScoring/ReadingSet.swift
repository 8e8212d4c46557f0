import Foundation
import JingyanExtract
import JingyanModel

/// A folder of pages with their reading (`expected.json` beside `page-*.txt` or `web-*.txt`):
/// the dev pages, or pages composed from their reports.
public struct ReadingSet {
    public var name: String
    public var reading: PageReading
    /// Each page's text by its file name, in the reading's page order.
    public var pages: [Page]

    /// A seed page of the set: its file name and text.
    public struct Page {
        public var name: String
        public var text: String
    }

    /// Reads the set in `folder`; `name` is how it is reported.
    public init(folder: URL, name: String) throws {
        self.name = name
        reading = try JSONDecoder().decode(
            PageReading.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        pages = try reading.orderedPages.map { page in
            Page(
                name: page.name, text: try String(contentsOf: folder.appendingPathComponent(page.name), encoding: .utf8)
            )
        }
    }

    /// The sets in `root` and its subfolders: every folder with an `expected.json` of pages
    /// beside the pages it reads.
    public static func all(under root: URL) throws -> [ReadingSet] {
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        let folders = files.filter { $0.lastPathComponent == "expected.json" }.map { $0.deletingLastPathComponent() }
        return try folders.sorted { $0.path < $1.path }.map { folder in
            try ReadingSet(folder: folder, name: String(folder.path.dropFirst(root.path.count + 1)))
        }
    }

    /// Extracts the pages as one run, as `jingyan extract` reads a seeds folder (a report continued
    /// on another page of the set is placed from there), and scores the lot. A page the extractor
    /// rejects counts as a page with nothing found (its articles are "not found"), with the
    /// reason among the problems.
    public func score(with extractor: Extractor) -> ReadingScore {
        let run = extractor.extractEach(pages: pages.map { (file: "seeds/\($0.name)", text: $0.text) })
        var score = ReadingScorer.score(run.extraction, against: reading)
        score.problems = run.rejected.map { "extractor rejected the page: \($0)" } + score.problems
        return score
    }
}
