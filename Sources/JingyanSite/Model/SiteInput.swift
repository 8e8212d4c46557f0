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
