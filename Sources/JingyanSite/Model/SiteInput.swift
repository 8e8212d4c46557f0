import JingyanModel

/// Everything the site is built from: the content stage's entries and the seed pages they cite.
/// Review notes (`Article.review`, `Practice.review`) are for whoever checks content/, never for
/// readers: the input drops them, so that no page, search index or download can show them.
public struct SiteInput: Sendable {
    public var articles: [Article] {
        didSet { if articles.contains(where: \.hasReview) { articles = articles.map(\.withoutReview) } }
    }
    public var captions: [Caption]
    /// The seed pages the articles cite, for their original text. A missing page only leaves the
    /// provenance without it.
    public var seedPages: CitedSeedPages
    /// Scheme spellings that are one scheme, and how mechanism pages are named.
    public var naming: MechanismNaming
    /// The practices' texts and metrics' sentences, when `articles` hold them in a temporary
    /// file (`spillingTexts`).
    var texts: SpilledTexts?

    /// What to build from; review notes are dropped, the site never shows them.
    public init(
        articles: [Article], captions: [Caption], seedPages: CitedSeedPages,
        naming: MechanismNaming = MechanismNaming()
    ) {
        self.articles = articles.contains(where: \.hasReview) ? articles.map(\.withoutReview) : articles
        self.captions = captions
        self.seedPages = seedPages
        self.naming = naming
    }
}

extension SiteInput {
    /// Moves the practices' texts and metrics' sentences, most of the content's bytes, into a
    /// temporary file (`SpilledTexts`): for a build that keeps no state, which reads each back as
    /// it shows it. They are emptied in place, so that each is freed as it goes when nothing
    /// else holds the articles.
    public mutating func spillTexts() throws {
        guard texts == nil else { return }
        texts = try SpilledTexts(of: articles)
        var articles = self.articles
        self.articles = []
        for article in articles.indices {
            for section in articles[article].sections.indices {
                for practice in articles[article].sections[section].practices.indices {
                    SpilledTexts.strip(&articles[article].sections[section].practices[practice])
                }
            }
        }
        self.articles = articles
    }

    /// This input with every text held again.
    func restoringTexts() -> SiteInput {
        guard texts != nil else { return self }
        var input = self
        input.articles = articles.indices.map(article)
        input.texts = nil
        return input
    }

    /// Article `index` with its practices' texts and metrics' sentences.
    func article(_ index: Int) -> Article { texts?.restored(articles[index], number: index) ?? articles[index] }
}
