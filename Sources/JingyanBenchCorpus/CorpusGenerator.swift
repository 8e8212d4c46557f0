import Foundation

/// One generated page and what the extractor should read from it.
public struct CorpusPage: Sendable {
    public var fileName: String
    public var text: String
    public var articles: Int
    public var practices: Int
    public var captions: Int
}

/// What a corpus folder should extract into; written beside the pages as `corpus.json`.
public struct CorpusManifest: Codable, Equatable, Sendable {
    public static let fileName = "corpus.json"

    public var pages = 0
    public var bytes = 0
    public var articles = 0
    public var practices = 0
    public var captions = 0

    public init() {}

    mutating func add(_ page: CorpusPage) {
        pages += 1
        bytes += page.text.utf8.count
        articles += page.articles
        practices += page.practices
        captions += page.captions
    }
}

/// Seed-like raw pages, page `i` a function of `i` and the seed material only: the same page
/// count gives byte-identical files, and a smaller corpus is a prefix of a larger one.
public struct CorpusGenerator: Sendable {
    let recombiner: ArticleRecombiner
    let typesetter = PageTypesetter()

    /// A generator recombining the articles of `material` with the bundled vocabulary.
    public init(material: SeedMaterial) throws {
        recombiner = ArticleRecombiner(material: material, vocabulary: try Vocabulary())
    }

    /// Page `index` of the corpus: the same index gives the same page on every run.
    public func page(_ index: Int) -> CorpusPage {
        var generator = SplitMix64.stream(0x6A69_6E67_7961_6E, index: index)
        let articles = (0..<Int.random(in: 4...6, using: &generator)).map { _ in recombiner.article(using: &generator) }
        return CorpusPage(
            fileName: String(format: "%06d.txt", index),
            text: typesetter.page(articles, using: &generator),
            articles: articles.count,
            practices: articles.reduce(0) { $0 + $1.practiceCount },
            captions: articles.filter { $0.caption != nil }.count)
    }

    /// Writes pages 0..<count into `folder` (created if needed) and the manifest beside them.
    @discardableResult
    public func write(pages count: Int, to folder: URL) throws -> CorpusManifest {
        try write(to: folder) { $0.pages < count }
    }

    /// Writes the fewest pages whose practices reach `practices`, and the manifest.
    @discardableResult
    public func write(practices: Int, to folder: URL) throws -> CorpusManifest {
        try write(to: folder) { $0.practices < practices }
    }

    private func write(to folder: URL, while wantsMore: (CorpusManifest) -> Bool) throws -> CorpusManifest {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var manifest = CorpusManifest()
        while wantsMore(manifest) {
            let page = page(manifest.pages)
            try Data(page.text.utf8).write(to: folder.appendingPathComponent(page.fileName))
            manifest.add(page)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(manifest).write(to: folder.appendingPathComponent(CorpusManifest.fileName))
        return manifest
    }
}
