import Foundation
import JingyanLayout
import JingyanModel
import JingyanSupport

/// The extraction stage: raw pages in, articles and captions out.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let gazetteer: Gazetteer
    public let taxonomy: Taxonomy
    public let slug: Slug
    // Built once: their lookup tables serve every page.
    let segmenter: PageSegmenter
    let reader: ArticleReader

    /// An extractor over the given language data; `standard()` loads the bundled files.
    public init(
        lexicon: Lexicon, gazetteer: Gazetteer, divisions: Divisions, taxonomy: Taxonomy, slug: Slug,
        weights: SegmentationWeights
    ) throws {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.taxonomy = taxonomy
        self.slug = slug
        let places = PlaceNames(divisions: divisions, lexicon: lexicon)
        segmenter = PageSegmenter(lexicon: lexicon, places: places, weights: weights)
        reader = ArticleReader(
            lexicon: lexicon,
            places: try PlaceResolver(lexicon: lexicon, gazetteer: gazetteer, places: places, slug: slug),
            taxonomy: taxonomy, slug: slug)
    }

    /// The extractor with the bundled lexicon and gazetteer and the given taxonomy.
    public static func standard(taxonomy: Taxonomy? = nil) throws -> Extractor {
        let lexicon = try Lexicon.bundled()
        return try Extractor(
            lexicon: lexicon, gazetteer: .bundled(), divisions: .bundled(lexicon: lexicon),
            taxonomy: taxonomy ?? Taxonomy(yaml: Taxonomy.bundledText(), source: Taxonomy.fileName), slug: .bundled(),
            weights: .bundled())
    }

    /// Extracts one page. `file` is the name shown in sources and errors. `progress` hears the
    /// practices read so far as a page of many articles is read (see `readArticles`).
    public func extract(
        page text: String, file: String, progress: (_ practices: Int) -> Void = { _ in }
    ) throws -> Extraction {
        try extract(PageText(file: file, text: text), progress: progress)
    }

    /// Extracts one page split into lines. The page is let go once its articles are found, and
    /// each article's lines once it is read: a big page is not held three times over.
    /// `continued`: the places of reports on other pages that this page's continued ends go on
    /// from, by the continued end's title (`continuationHints`).
    func extract(
        _ page: consuming PageText, progress: (_ practices: Int) -> Void, continued: [String: Place] = [:]
    ) throws -> Extraction {
        let file = page.file
        guard page.lines.contains(where: { !$0.isBlank }) else { throw ExtractionError.emptyPage(file) }
        var segmented = segmenter.segment(page)
        _ = consume page
        guard !segmented.articles.isEmpty else { throw ExtractionError.noArticles(file) }
        let drafts = segmented.articles
        segmented.articles = []
        let articles = readArticles(drafts, file: file, progress: progress, continued: continued)
        let captions = segmented.captions.map { draft in
            let county = gazetteer.firstMention(in: draft.text)
            return Caption(
                source: SourceRef(file: file, lines: draft.lines), place: county?.short, county: county?.name,
                text: draft.text, photographer: draft.photographer)
        }
        return Extraction(articles: articles, captions: captions)
    }

    /// Articles read in page order. A page of many articles (a whole volume pasted into one
    /// file) is read on all cores a chunk at a time, with `progress` after each chunk.
    func readArticles(
        _ drafts: consuming [ArticleDraft], file: String, progress: (_ practices: Int) -> Void,
        continued: [String: Place] = [:]
    ) -> [Article] {
        let chunk = 256
        guard drafts.count > chunk else {
            return placedByPage(
                drafts.map { reader.read($0, file: file) }, drafts: drafts, file: file, continued: continued)
        }
        var articles: [Article] = []
        articles.reserveCapacity(drafts.count)
        var practices = 0
        for start in stride(from: 0, to: drafts.count, by: chunk) {
            let range = start..<min(start + chunk, drafts.count)
            let chunkDrafts = Array(drafts[range])
            let read = placedByPage(
                chunkDrafts.concurrentMap { reader.read($0, file: file) }, drafts: chunkDrafts, file: file)
            for index in range { drafts[index].release() }
            practices += read.reduce(0) { $0 + $1.practices.count }
            articles += read
            progress(practices)
        }
        return articles
    }

    /// Articles whose text gives no place, read again with the counties of the page's other
    /// articles, which such an article may name by a short name alone; a report's continued end
    /// with the place of the report it goes on from (`continued`, by its title).
    func placedByPage(
        _ articles: [Article], drafts: [ArticleDraft], file: String, continued: [String: Place] = [:]
    ) -> [Article] {
        let unplaced = articles.indices.filter { articles[$0].place.isUnknown }
        guard !unplaced.isEmpty, unplaced.count < articles.count || !continued.isEmpty else { return articles }
        var counties = UniqueStrings()
        for article in articles { counties.insert(article.place.county) }
        var placed = articles
        for index in unplaced {
            let from = drafts[index].continuesReport ? continued[articles[index].title] : nil
            var again = reader.read(drafts[index], file: file, nearby: counties.strings, continuing: from)
            guard !again.place.isUnknown else { continue }
            let source = from?.county == again.place.county ? "它接续的其他版面报道" : "同版其他报道"
            again.review.append("地点据\(source)推断：\(again.place.county)，请核对地点")
            placed[index] = again
        }
        return placed
    }

    /// Extracts several pages, in the order given, making article ids unique across them. Pages
    /// are read on all cores, a batch at a time; the result does not depend on which finishes
    /// first. `progress` hears after each batch: (pages done, practices found so far).
    public func extract(
        pages: [(file: String, text: String)], progress: (_ pagesDone: Int, _ practices: Int) -> Void = { _, _ in }
    ) throws -> Extraction {
        let run = extractEach(pages: pages, progress: progress)
        if !run.rejected.isEmpty { throw ExtractionErrors(errors: run.rejected) }
        return run.extraction
    }

    /// What a run over several pages gives: the extraction of every page that could be read,
    /// and why each other page could not (no article found, empty, unreadable).
    public struct PageRun: Sendable {
        public var extraction: Extraction
        public var rejected: [ExtractionError]
    }

    /// Extracts the pages as `extract(pages:progress:)` does, but a page that cannot be read
    /// is reported in `rejected` and the others are extracted as usual.
    public func extractEach(
        pages: consuming [(file: String, text: String)],
        progress: (_ pagesDone: Int, _ practices: Int) -> Void = { _, _ in }
    ) -> PageRun {
        var articles: [Article] = []
        var captions: [Caption] = []
        var problems: [ExtractionError] = []  // every bad page is reported, not just the first
        var practices = 0
        var continuing: [String: String] = [:]  // the text of each page holding a continued end, by file
        for batch in Self.batches(of: pages) {
            let outcomes: [Result<Extraction, ExtractionError>]
            if batch.count == 1 {
                // Alone: a big page, whose articles are read on all cores, with progress. Once
                // split into lines its text is let go: a page handed over is not held twice.
                let page = PageText(file: pages[batch.lowerBound].file, text: pages[batch.lowerBound].text)
                pages[batch.lowerBound].text = ""  // too big to be read again for a continued end
                outcomes = [outcome(of: page) { progress(batch.lowerBound, practices + $0) }]
            } else {
                outcomes = Array(pages[batch]).concurrentMap { outcome(of: PageText(file: $0.file, text: $0.text)) }
            }
            for (index, outcome) in zip(batch, outcomes) {
                switch outcome {
                case .success(let extraction):
                    if extraction.articles.contains(where: { $0.review.contains(ArticleDraft.continuationNote) }) {
                        continuing[pages[index].file] = pages[index].text
                    }
                    articles += extraction.articles
                    captions += extraction.captions
                    practices += extraction.articles.reduce(0) { $0 + $1.practices.count }
                case .failure(let error):
                    problems.append(error)
                }
            }
            progress(batch.upperBound, practices)
        }
        articles = placingContinuedEnds(articles, pages: continuing)
        return PageRun(extraction: Extraction(articles: uniquingIDs(articles), captions: captions), rejected: problems)
    }

    /// A page's extraction, or why there is none.
    func outcome(
        of page: PageText, progress: (_ practices: Int) -> Void = { _ in }
    ) -> Result<Extraction, ExtractionError> {
        do {
            return .success(try extract(page, progress: progress))
        } catch let error as ExtractionError {
            return .failure(error)
        } catch {
            return .failure(.unreadableSeed(page.file, "\(error)"))
        }
    }

    /// Pages read together on all cores: a few times the core count at a time, so that every
    /// core is busy and progress shows as it goes; a page of a megabyte or more alone.
    static func batches(of pages: [(file: String, text: String)]) -> [Range<Int>] {
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount * 4)
        var batches: [Range<Int>] = []
        var start = 0
        for index in pages.indices {
            let big = pages[index].text.utf8.count >= 1 << 20
            if big || index - start == batchSize {
                if start < index { batches.append(start..<index) }
                start = index
            }
            if big {
                batches.append(index..<index + 1)
                start = index + 1
            }
        }
        if start < pages.count { batches.append(start..<pages.count) }
        return batches
    }

    /// Two articles with the same place and title opening get their source line as a suffix:
    /// an id never depends on which other pages exist.
    func uniquingIDs(_ articles: [Article]) -> [Article] {
        let counts = Dictionary(grouping: articles, by: \.id).mapValues(\.count)
        return articles.map { article in
            guard counts[article.id, default: 0] > 1 else { return article }
            var renamed = article
            let page = slug.pinyin(URL(fileURLWithPath: article.source.file).deletingPathExtension().lastPathComponent)
            let newID = "\(article.id)-\(page.prefix(8))-\(article.source.firstLine)"
            renamed.id = newID
            renamed.sections = article.sections.map { section in
                var section = section
                section.practices = section.practices.map { practice in
                    var practice = practice
                    practice.id = newID + practice.id.dropFirst(article.id.count)
                    return practice
                }
                return section
            }
            return renamed
        }
    }
}
