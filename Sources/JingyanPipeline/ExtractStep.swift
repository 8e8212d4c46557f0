import Foundation
import JingyanContent
import JingyanExtract
import JingyanLayout
import JingyanModel
import JingyanSupport

/// seeds/ → content/: what `jingyan extract` does, and what `jingyan serve` does when a seed page
/// changes. Writing goes through `ContentWriter`, so files edited by hand are never overwritten.
public struct ExtractStep: Sendable {
    public var seeds: URL
    /// How seed files are named in sources and messages ("seeds" gives "seeds/000_x.txt").
    public var seedsDisplayName: String
    public var content: URL
    public var discardEdits: Bool

    /// The extraction of the folders given on the command line (paths as typed).
    public init(seeds: String, content: String, discardEdits: Bool = false) {
        self.seeds = URL(fileURLWithPath: seeds, isDirectory: true)
        self.seedsDisplayName = seeds
        self.content = URL(fileURLWithPath: content, isDirectory: true)
        self.discardEdits = discardEdits
    }

    /// What a run extracted, and the pages it could not.
    public struct Outcome {
        public var pageCount: Int
        public var extraction: Extraction
        /// Pages that could not be extracted, each with its reason; their content files were kept.
        public var rejected: [ExtractionError]
        public var report: ContentWriter.Report
        /// What to check, sorted by seed file and line (see `ReviewList.notes`).
        public var review: [ReviewNote]

        public var practiceCount: Int { extraction.articles.reduce(0) { $0 + $1.practices.count } }
    }

    /// The seed pages read and what came of them.
    public struct Reading {
        public var pageCount: Int
        public var run: Extractor.PageRun
        /// The hashes of the pages' printed lines, by the name sources cite them with.
        public var seedLines: SeedLines
    }

    /// Reads and extracts every seed page, writing nothing. A page that cannot be extracted is
    /// reported in the result and the others are extracted as usual. `progress` hears
    /// (pages done, pages in all, practices so far). With `hashingLines`, the reading holds the
    /// hashes of the pages' lines, which writing content/ needs.
    public func extraction(
        hashingLines: Bool = false,
        progress: (_ pagesDone: Int, _ pageCount: Int, _ practices: Int) -> Void = { _, _, _ in }
    ) throws -> Reading {
        let extractor = try Extractor.standard(taxonomy: try TaxonomyFile.load(contentDirectory: content))
        let pages = try SeedReader.pages(in: seeds, displayPrefix: seedsDisplayName)
        let files = pages.map(\.file)
        let lines =
            !hashingLines
            ? [:]
            : Dictionary(
                pages.map { ($0.file, SeedLines.lineHashes(PageText.printedLines(of: $0.text))) },
                uniquingKeysWith: { $1 })
        // Handed over: the extractor lets a big page's text go once it is split into lines.
        var run = extractor.extractEach(pages: consume pages) { progress($0, files.count, $1) }
        try addProvenance(to: &run.extraction, pages: files)
        return Reading(pageCount: files.count, run: run, seedLines: SeedLines(pages: lines))
    }

    /// Each article's publication, date and page, from its seed page's sidecar and file name.
    func addProvenance(to extraction: inout Extraction, pages: [String]) throws {
        var byPage: [String: PageProvenance] = [:]
        for page in pages {
            let url = seeds.appendingPathComponent(String(page.split(separator: "/").last ?? Substring(page)))
            byPage[page] = try SeedSidecar.provenance(ofPage: url, name: page)
        }
        for index in extraction.articles.indices {
            extraction.articles[index].provenance = byPage[extraction.articles[index].source.file] ?? PageProvenance()
        }
    }

    /// Extracts and writes content/, with the default taxonomy when it has none yet. The content
    /// files of a page that cannot be extracted this time are left as they are. `writing` hears
    /// (articles and captions written so far, in all) as content/ is written.
    public func run(
        progress: (_ pagesDone: Int, _ pageCount: Int, _ practices: Int) -> Void = { _, _, _ in },
        writing: (_ unitsDone: Int, _ units: Int) -> Void = { _, _ in }
    ) throws -> Outcome {
        let lock = try FolderLock(on: content) { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        defer { withExtendedLifetime(lock) {} }
        let reading = try extraction(hashingLines: true, progress: progress)
        let extraction = reading.run.extraction
        let taxonomyURL = TaxonomyFile.url(in: content)
        if !FileManager.default.fileExists(atPath: taxonomyURL.path) {
            try AtomicFile.write(Data(try Taxonomy.bundledText().utf8), to: taxonomyURL)
        }
        let rejected = Set(reading.run.rejected.compactMap(\.seedFile))
        let report = try ContentWriter(directory: content, discardEdits: discardEdits).write(
            extraction, keeping: rejected, seedLines: reading.seedLines, progress: writing)
        let review = ReviewList.notes(of: extraction, report: report, in: content)
        return Outcome(
            pageCount: reading.pageCount, extraction: extraction, rejected: reading.run.rejected, report: report,
            review: review)
    }
}

extension SeedLines {
    /// The printed lines of each page in `seeds` that can be read, named as extract cites them
    /// (`displayPrefix`/file); an absent folder gives none, and a page that cannot be decoded is
    /// left out (extract names it).
    public static func reading(seeds: URL, displayPrefix: String) -> SeedLines {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        var pages: [String: [UInt64]] = [:]
        for name in names where name.hasSuffix(".txt") && !name.hasPrefix(".") {
            let cited = displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)"
            guard let data = try? Data(contentsOf: seeds.appendingPathComponent(name)),
                let text = try? SeedReader.decode(data, file: cited)
            else { continue }
            pages[cited] = SeedLines.lineHashes(PageText.printedLines(of: text))
        }
        return SeedLines(pages: pages)
    }
}
