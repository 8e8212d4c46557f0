import Foundation
import JingyanContent
import JingyanExtract
import JingyanLayout
import JingyanModel

/// seeds/ → content/: what `jingyan extract` does, and what `jingyan serve` does when a seed page
/// changes. Writing goes through `ContentWriter`, so files edited by hand are never overwritten.
public struct ExtractStep: Sendable {
    public var seeds: URL
    /// How seed files are named in sources and messages ("seeds" gives "seeds/000_x.txt").
    public var seedsDisplayName: String
    public var content: URL
    public var discardEdits: Bool

    public init(seeds: String, content: String, discardEdits: Bool = false) {
        self.seeds = URL(fileURLWithPath: seeds, isDirectory: true)
        self.seedsDisplayName = seeds
        self.content = URL(fileURLWithPath: content, isDirectory: true)
        self.discardEdits = discardEdits
    }

    public struct Outcome {
        public var pageCount: Int
        public var extraction: Extraction
        public var report: ContentWriter.Report
        /// What to check, sorted by seed file and line (see `ReviewList.notes`).
        public var review: [ReviewNote]

        public var practiceCount: Int { extraction.articles.reduce(0) { $0 + $1.practices.count } }
    }

    /// Reads and extracts every seed page, writing nothing. `progress` hears
    /// (pages done, pages in all, practices so far).
    public func extraction(
        progress: (_ pagesDone: Int, _ pageCount: Int, _ practices: Int) -> Void = { _, _, _ in }
    ) throws -> (pageCount: Int, extraction: Extraction) {
        let extractor = try Extractor.standard(taxonomy: try TaxonomyFile.load(contentDirectory: content))
        let pages = try SeedReader.pages(in: seeds, displayPrefix: seedsDisplayName)
        let extraction = try extractor.extract(pages: pages) { progress($0, pages.count, $1) }
        return (pages.count, extraction)
    }

    /// Extracts and writes content/, with the default taxonomy when it has none yet.
    public func run(
        progress: (_ pagesDone: Int, _ pageCount: Int, _ practices: Int) -> Void = { _, _, _ in }
    ) throws -> Outcome {
        let (pageCount, extraction) = try extraction(progress: progress)
        let taxonomyURL = TaxonomyFile.url(in: content)
        if !FileManager.default.fileExists(atPath: taxonomyURL.path) {
            try AtomicFile.write(Data(try Taxonomy.bundledText().utf8), to: taxonomyURL)
        }
        let report = try ContentWriter(directory: content, discardEdits: discardEdits).write(extraction)
        let review = ReviewList.notes(of: extraction, report: report, in: content)
        return Outcome(pageCount: pageCount, extraction: extraction, report: report, review: review)
    }
}
