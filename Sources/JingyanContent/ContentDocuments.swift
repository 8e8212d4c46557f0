import JingyanModel

/// Front matter of an article file (`content/<county>/<article-id>.md`); the body is the lede.
struct ArticleHeader: Codable, Equatable {
    var type = ContentKind.article
    var id: String
    var title: String
    var author: String?
    var place: Place
    /// Section headings in order (null for an article without headings).
    var sections: [String?]
    var mechanisms: [String]
    var source: SourceRef
    /// The article's review notes; nil (no `review:` line) when there are none, so that files
    /// without notes read as before. The person deletes notes, or the field, once checked.
    var review: [String]?
    /// Where the article was printed; each left out of the file when unknown.
    var publication: String?
    var date: String?
    var page: String?

    init(_ article: Article) {
        publication = article.provenance.publication
        date = article.provenance.date
        page = article.provenance.page
        id = article.id
        title = article.title
        author = article.author
        place = article.place
        sections = article.sections.map(\.heading)
        mechanisms = article.mechanisms
        source = article.source
        review = article.review.isEmpty ? nil : article.review
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(author, forKey: .author)
        try container.encodeIfPresent(publication, forKey: .publication)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(page, forKey: .page)
        try container.encode(place, forKey: .place)
        try container.encode(sections, forKey: .sections)
        try container.encode(mechanisms, forKey: .mechanisms)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(review, forKey: .review)
    }

    enum CodingKeys: String, CodingKey {
        case type, id, title, author, publication, date, page, place, sections, mechanisms, source, review
    }
}

/// Front matter of a practice file (`content/<county>/<article-id>/<practice-id>.md`); the body
/// is the practice's text.
struct PracticeHeader: Codable, Equatable {
    var type = ContentKind.practice
    var id: String
    var article: String
    /// 1-based index into the article's sections.
    var section: Int
    var lead: String?
    var mechanisms: [String]
    var categories: [String]
    var metrics: [Metric]
    var source: SourceRef
    /// The practice's review notes; nil when there are none, as in `ArticleHeader`.
    var review: [String]?

    init(_ practice: Practice, article: String, section: Int) {
        id = practice.id
        self.article = article
        self.section = section
        lead = practice.lead
        mechanisms = practice.mechanisms
        categories = practice.categories
        metrics = practice.metrics
        source = practice.source
        review = practice.review.isEmpty ? nil : practice.review
    }

    /// The practice this header and its body (`text`) stand for.
    func practice(text: String) -> Practice {
        var practice = Practice(
            id: id, lead: lead, text: text, mechanisms: mechanisms, categories: categories, metrics: metrics,
            source: source)
        practice.review = review ?? []
        return practice
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(id, forKey: .id)
        try container.encode(article, forKey: .article)
        try container.encode(section, forKey: .section)
        try container.encode(lead, forKey: .lead)
        try container.encode(mechanisms, forKey: .mechanisms)
        try container.encode(categories, forKey: .categories)
        try container.encode(metrics, forKey: .metrics)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(review, forKey: .review)
    }

    enum CodingKeys: String, CodingKey {
        case type, id, article, section, lead, mechanisms, categories, metrics, source, review
    }
}

/// Front matter of a photo caption file (`content/captions/<id>.md`); the body is the caption.
struct CaptionHeader: Codable, Equatable {
    var type = ContentKind.caption
    var id: String
    var place: String?
    var county: String?
    var photographer: String?
    var source: SourceRef

    init(_ caption: Caption, id: String) {
        self.id = id
        place = caption.place
        county = caption.county
        photographer = caption.photographer
        source = caption.source
    }
}

enum ContentKind: String, Codable { case article, practice, caption }

/// Where each entry lives in content/: grouped by county, one folder per article.
enum ContentPaths {
    static func article(_ article: Article) -> String { "\(article.place.slug)/\(article.id).md" }

    static func practice(_ practice: Practice, of article: Article) -> String {
        "\(article.place.slug)/\(article.id)/\(practice.id).md"
    }

    static func captionID(_ caption: Caption) -> String {
        let page = caption.source.file.split(separator: "/").last.map { $0.split(separator: ".").first ?? $0 } ?? "page"
        return "\(page)-\(caption.source.firstLine)"
    }

    static func caption(id: String) -> String { "captions/\(id).md" }

    /// True for a path relative to content/ that stays inside it: no leading "/", no "." or ".."
    /// part, no empty part.
    static func isInside(_ path: String) -> Bool {
        !path.hasPrefix("/")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part != "." && part != ".."
            }
    }
}
