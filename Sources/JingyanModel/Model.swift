// The value types that flow through the pipeline: extraction produces them, content stores them
// as Markdown + YAML front matter, the site renders them. Field names follow the
// `jingyan extract --json` contract (docs/extract-json.md), hence the snake_case coding keys.

/// Where a piece of text came from: the seed file (relative to the project) and its 1-based line range.
public struct SourceRef: Codable, Hashable, Sendable {
    public var file: String
    public var lines: [Int]

    public init(file: String, lines: ClosedRange<Int>) {
        self.file = file
        self.lines = [lines.lowerBound, lines.upperBound]
    }

    public var firstLine: Int { lines.first ?? 0 }
    public var lastLine: Int { lines.last ?? 0 }
}

/// The place an article reports on: a county-level division and, when the report is about one,
/// a township (镇/乡/街道); or, for a report about a whole city, the city.
public struct Place: Codable, Hashable, Sendable {
    /// Full official name, e.g. "某某县" or "某某自治县"; unknown places keep what the text says.
    /// A whole city's report keeps the city here, so that the base groups it like a county.
    public var county: String
    /// The short name used in headlines and place tags.
    public var short: String
    public var township: String?
    /// Stable ASCII slug of the county (pinyin), used in URLs and file names.
    public var slug: String
    /// Stable ASCII slug of the township, when there is one.
    public var townshipSlug: String?
    /// True for a report about a whole prefecture-level city ("铜仁市"): written as `county: null`
    /// and `prefecture: <city>`, as the extract contract has it.
    public var isCityWide: Bool

    public init(
        county: String, short: String, township: String?, slug: String, townshipSlug: String?, isCityWide: Bool = false
    ) {
        self.county = county
        self.short = short
        self.township = township
        self.slug = slug
        self.townshipSlug = townshipSlug
        self.isCityWide = isCityWide
    }

    /// The place of a report that names none: written as `county: null` with no prefecture, as
    /// the extract contract has it for what is unknown.
    public static let unknown = Place(county: "未注明地点", short: "未注明", township: nil, slug: "unknown", townshipSlug: nil)

    /// True for `Place.unknown`.
    public var isUnknown: Bool { slug == Self.unknown.slug && !isCityWide }

    enum CodingKeys: String, CodingKey {
        case county, short, township, slug, prefecture
        case townshipSlug = "township_slug"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let prefecture = try container.decodeIfPresent(String.self, forKey: .prefecture)
        let county = try container.decodeIfPresent(String.self, forKey: .county)
        let slug = try container.decode(String.self, forKey: .slug)
        guard let name = county ?? prefecture ?? (slug == Self.unknown.slug ? Self.unknown.county : nil) else {
            throw DecodingError.valueNotFound(
                String.self,
                .init(
                    codingPath: container.codingPath + [CodingKeys.county], debugDescription: "no county or prefecture")
            )
        }
        self.init(
            county: name, short: try container.decode(String.self, forKey: .short),
            township: try container.decodeIfPresent(String.self, forKey: .township),
            slug: slug,
            townshipSlug: try container.decodeIfPresent(String.self, forKey: .townshipSlug),
            isCityWide: county == nil && prefecture != nil)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if isCityWide {
            try container.encodeNil(forKey: .county)
            try container.encode(county, forKey: .prefecture)
        } else if isUnknown {
            try container.encodeNil(forKey: .county)
        } else {
            try container.encode(county, forKey: .county)
        }
        try container.encode(short, forKey: .short)
        try container.encode(township, forKey: .township)  // explicit null: the contract lists the key
        try container.encode(slug, forKey: .slug)
        try container.encode(townshipSlug, forKey: .townshipSlug)
    }

    /// "县名" or "县名·镇名" for display.
    public var displayName: String {
        if let township { return "\(short)·\(township)" }
        return short
    }
}

/// A number as written in the text, printed without a trailing ".0" when it is whole.
public struct Quantity: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var value: Double

    public init(_ value: Double) { self.value = value }

    public var isWhole: Bool { value == value.rounded() && abs(value) < 1e15 }

    public var description: String {
        if isWhole { return String(Int64(value)) }
        return String(value)  // Swift prints the shortest form that round-trips: 4.3, 31.85
    }

    public init(from decoder: Decoder) throws {
        value = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if isWhole { try container.encode(Int64(value)) } else { try container.encode(value) }
    }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.value < rhs.value }
}

/// One quantitative fact stated in a practice.
public struct Metric: Codable, Hashable, Sendable {
    /// The shortest phrase stating it, e.g. "开展专题培训30期".
    public var text: String
    /// The number as written (before 万/亿 is applied).
    public var value: Quantity
    /// The number with 万/亿 applied.
    public var valueNormalized: Quantity
    /// Measure word or unit as written, keeping 万 (万元, 万户) and % .
    public var unit: String
    /// True for 余, 多, 以上, 超过, 近, 至少 and the like.
    public var approx: Bool
    /// The time frame the text gives, e.g. "今年以来", "2023年底"; nil when none.
    public var period: String?
    /// What is counted.
    public var subject: String
    /// The full source sentence.
    public var sentence: String

    public init(
        text: String, value: Quantity, valueNormalized: Quantity, unit: String, approx: Bool,
        period: String?, subject: String, sentence: String
    ) {
        self.text = text
        self.value = value
        self.valueNormalized = valueNormalized
        self.unit = unit
        self.approx = approx
        self.period = period
        self.subject = subject
        self.sentence = sentence
    }

    enum CodingKeys: String, CodingKey {
        case text, value, unit, approx, period, subject, sentence
        case valueNormalized = "value_normalized"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(valueNormalized, forKey: .valueNormalized)
        try container.encode(unit, forKey: .unit)
        try container.encode(approx, forKey: .approx)
        try container.encode(period, forKey: .period)  // explicit null: the contract lists the key
        try container.encode(subject, forKey: .subject)
        try container.encode(sentence, forKey: .sentence)
    }
}

/// A practice entry: a paragraph group opened by a short lead sentence, or a whole section.
public struct Practice: Codable, Hashable, Sendable {
    public var id: String
    /// The lead sentence without its final 。, or nil when the section has no leads.
    public var lead: String?
    /// The practice's text, layout repaired; paragraphs separated by a blank line.
    public var text: String
    /// Named schemes as written.
    public var mechanisms: [String]
    /// Categories from the editable taxonomy.
    public var categories: [String]
    public var metrics: [Metric]
    public var source: SourceRef
    /// What a person should check in this practice, one short note each ("标题为推测"); empty when
    /// the extractor was sure. Not a parameter of `init`: the extractor adds notes where it doubts.
    public var review: [String] = []

    public init(
        id: String, lead: String?, text: String, mechanisms: [String], categories: [String],
        metrics: [Metric], source: SourceRef
    ) {
        self.id = id
        self.lead = lead
        self.text = text
        self.mechanisms = mechanisms
        self.categories = categories
        self.metrics = metrics
        self.source = source
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(lead, forKey: .lead)
        try container.encode(text, forKey: .text)
        try container.encode(mechanisms, forKey: .mechanisms)
        try container.encode(categories, forKey: .categories)
        try container.encode(metrics, forKey: .metrics)
        try container.encode(source, forKey: .source)
        try container.encode(review, forKey: .review)  // always: the contract lists the key
    }

    /// As encoded; `review` may be missing (documents written before it existed), then empty.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        lead = try container.decodeIfPresent(String.self, forKey: .lead)
        text = try container.decode(String.self, forKey: .text)
        mechanisms = try container.decode([String].self, forKey: .mechanisms)
        categories = try container.decode([String].self, forKey: .categories)
        metrics = try container.decode([Metric].self, forKey: .metrics)
        source = try container.decode(SourceRef.self, forKey: .source)
        review = try container.decodeIfPresent([String].self, forKey: .review) ?? []
    }

    enum CodingKeys: String, CodingKey { case id, lead, text, mechanisms, categories, metrics, source, review }
}

/// A section of an article: its heading as printed, and the practices under it.
public struct Section: Codable, Hashable, Sendable {
    /// nil when the article has no headings.
    public var heading: String?
    public var practices: [Practice]

    public init(heading: String?, practices: [Practice]) {
        self.heading = heading
        self.practices = practices
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(heading, forKey: .heading)
        try container.encode(practices, forKey: .practices)
    }

    enum CodingKeys: String, CodingKey { case heading, practices }
}

/// One report as extracted: where and by whom, its lede, its sections of practices, the schemes
/// it names and where it was printed. What `content/` holds as an article file and its practices.
public struct Article: Codable, Hashable, Sendable {
    public var id: String
    public var source: SourceRef
    public var place: Place
    public var title: String
    public var author: String?
    public var lede: String
    /// Named schemes of the whole article (lede and practices), as written, in order of appearance.
    public var mechanisms: [String]
    public var sections: [Section]
    /// What a person should check in this article, one short note each ("没有署名：请核对作者");
    /// empty when the extractor was sure. Not a parameter of `init`, as in `Practice`.
    public var review: [String] = []
    /// Where it was printed: the newspaper, the day and the page, when the seed page says so.
    public var provenance = PageProvenance()

    public init(
        id: String, source: SourceRef, place: Place, title: String, author: String?, lede: String,
        mechanisms: [String], sections: [Section]
    ) {
        self.id = id
        self.source = source
        self.place = place
        self.title = title
        self.author = author
        self.lede = lede
        self.mechanisms = mechanisms
        self.sections = sections
    }

    public var practices: [Practice] { sections.flatMap(\.practices) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(place, forKey: .place)
        try container.encode(title, forKey: .title)
        try container.encode(author, forKey: .author)
        try container.encode(lede, forKey: .lede)
        try container.encode(mechanisms, forKey: .mechanisms)
        try container.encode(sections, forKey: .sections)
        try container.encode(review, forKey: .review)  // always: the contract lists the key
        try container.encode(provenance.publication, forKey: .publication)  // null when unknown
        try container.encode(provenance.date, forKey: .date)
        try container.encode(provenance.page, forKey: .page)
    }

    /// As encoded; `review` may be missing (documents written before it existed), then empty,
    /// and so may `publication`, `date` and `page`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        provenance = PageProvenance(
            publication: try container.decodeIfPresent(String.self, forKey: .publication),
            date: try container.decodeIfPresent(String.self, forKey: .date),
            page: try container.decodeIfPresent(String.self, forKey: .page))
        id = try container.decode(String.self, forKey: .id)
        source = try container.decode(SourceRef.self, forKey: .source)
        place = try container.decode(Place.self, forKey: .place)
        title = try container.decode(String.self, forKey: .title)
        author = try container.decodeIfPresent(String.self, forKey: .author)
        lede = try container.decode(String.self, forKey: .lede)
        mechanisms = try container.decode([String].self, forKey: .mechanisms)
        sections = try container.decode([Section].self, forKey: .sections)
        review = try container.decodeIfPresent([String].self, forKey: .review) ?? []
    }

    /// The article without review notes, its own and its practices': what the site is given.
    public var withoutReview: Article {
        guard hasReview else { return self }
        var article = self
        article.review = []
        for section in article.sections.indices {
            for practice in article.sections[section].practices.indices {
                article.sections[section].practices[practice].review = []
            }
        }
        return article
    }

    /// Whether the article or one of its practices has a review note.
    public var hasReview: Bool {
        !review.isEmpty || sections.contains { $0.practices.contains { !$0.review.isEmpty } }
    }

    enum CodingKeys: String, CodingKey {
        case id, source, place, title, author, lede, mechanisms, sections, review, publication, date, page
    }
}

/// A photo caption found between articles ("……某某 摄"): kept apart, never a practice.
public struct Caption: Codable, Hashable, Sendable {
    public var source: SourceRef
    /// Short name of the place the caption mentions, when the gazetteer knows it.
    public var place: String?
    public var county: String?
    public var text: String
    public var photographer: String?

    public init(source: SourceRef, place: String?, county: String?, text: String, photographer: String?) {
        self.source = source
        self.place = place
        self.county = county
        self.text = text
        self.photographer = photographer
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(place, forKey: .place)
        try container.encode(county, forKey: .county)
        try container.encode(text, forKey: .text)
        try container.encode(photographer, forKey: .photographer)
    }

    enum CodingKeys: String, CodingKey { case source, place, county, text, photographer }
}

/// Everything extracted from a set of pages: the document `jingyan extract --json` prints.
public struct Extraction: Codable, Hashable, Sendable {
    public static let schemaVersion = "jingyan.extract/1"
    public var schema: String
    public var articles: [Article]
    public var captions: [Caption]

    public init(articles: [Article], captions: [Caption]) {
        self.schema = Self.schemaVersion
        self.articles = articles
        self.captions = captions
    }
}
