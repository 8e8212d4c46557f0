import Foundation
import JingyanModel

// A Swift port of the "pages" mode of ../shared/dev-pages/score.py (copied beside the dev pages as
// Fixtures/dev-pages): the same matching of articles, the same normalisation and the same rules
// for fields, metrics, mechanisms and captions, so that a test and the script give one figure.

/// The reading of a set of pages, decoded from an `expected.json` (dev pages or composed pages).
public struct PageReading: Decodable {
    /// The place as the reading gives it; `county` is null for a city-wide report.
    public struct Place: Decodable {
        public var county: String?
        public var township: String?
        public var label: String?
    }

    /// A metric of the reading: the value as printed with its unit.
    public struct Metric: Decodable {
        public var text: String
        public var value: Double
        public var unit: String
        public var valueNormalized: Double?

        enum CodingKeys: String, CodingKey {
            case text, value, unit
            case valueNormalized = "value_normalized"
        }
    }

    /// A lead phrase: a bare string or `{"text": …, "level": …}`.
    public struct Lead: Decodable {
        public var text: String

        public init(from decoder: Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                self.text = text
                return
            }
            enum Keys: String, CodingKey { case text }
            text = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .text)
        }
    }

    /// One article of the reading.
    public struct Article: Decodable {
        public var id: String
        /// Nil for a report printed without a title (a brief): found by its author then.
        public var title: String?
        public var titleAlternatives: [String]?
        public var author: String?
        public var place: Place?
        public var county: String?
        public var countyShort: String?
        public var sectionHeadings: [String]?
        public var leadPhrases: [Lead]?
        public var mechanisms: [String]
        public var metrics: [Metric]

        enum CodingKeys: String, CodingKey {
            case id, title, author, place, county, mechanisms, metrics
            case titleAlternatives = "title_alternatives"
            case countyShort = "county_short"
            case sectionHeadings = "section_headings"
            case leadPhrases = "lead_phrases"
        }
    }

    /// A photo caption of the reading; only its photographer is scored (none for a photo a
    /// unit gave: "某某街道供图").
    public struct Caption: Decodable {
        public var photographer: String?
    }

    /// One page: its articles in order and its captions.
    public struct Page: Decodable {
        public var articles: [Article]
        public var captions: [Caption]?
    }

    public var pages: [String: Page]

    /// The pages in file-name order (score.py keeps the JSON's order; the readings list pages by name).
    public var orderedPages: [(name: String, page: Page)] {
        pages.keys.sorted().map { ($0, pages[$0]!) }
    }

    public var articles: [Article] { orderedPages.flatMap(\.page.articles) }
    public var captions: [Caption] { orderedPages.flatMap { $0.page.captions ?? [] } }
}

/// What the scorer reads of an extraction, decodable straight from `jingyan extract --json`
/// (every field optional, as score.py's `.get`) or built from an `Extraction`.
public struct ScoredExtraction: Decodable {
    /// A metric as extracted.
    public struct Metric: Decodable {
        public var text: String?
        public var value: Double?
        public var valueNormalized: Double?
        public var unit: String?
        public var subject: String?

        enum CodingKeys: String, CodingKey {
            case text, value, unit, subject
            case valueNormalized = "value_normalized"
        }
    }

    /// A practice: its lead, named schemes and metrics.
    public struct Practice: Decodable {
        public var lead: String?
        public var mechanisms: [String]?
        public var metrics: [Metric]?
    }

    /// A section: its heading and practices.
    public struct Section: Decodable {
        public var heading: String?
        public var practices: [Practice]?
    }

    /// The place fields scored.
    public struct Place: Decodable {
        public var county: String?
        public var short: String?
        public var township: String?
    }

    /// An extracted article.
    public struct Article: Decodable {
        public var title: String?
        public var author: String?
        public var place: Place?
        public var mechanisms: [String]?
        public var sections: [Section]?

        public var practices: [Practice] { (sections ?? []).flatMap { $0.practices ?? [] } }
    }

    /// An extracted caption.
    public struct Caption: Decodable {
        public var photographer: String?
    }

    public var articles: [Article]?
    public var captions: [Caption]?
}

extension ScoredExtraction {
    /// The fields of an extraction that the scoring reads.
    public init(_ extraction: Extraction) {
        articles = extraction.articles.map { article in
            Article(
                title: article.title, author: article.author,
                place: Place(
                    county: article.place.county, short: article.place.short, township: article.place.township),
                mechanisms: article.mechanisms,
                sections: article.sections.map { section in
                    Section(heading: section.heading, practices: section.practices.map(Self.practice))
                })
        }
        captions = extraction.captions.map { Caption(photographer: $0.photographer) }
    }

    private static func practice(_ practice: JingyanModel.Practice) -> Practice {
        Practice(
            lead: practice.lead, mechanisms: practice.mechanisms,
            metrics: practice.metrics.map {
                Metric(
                    text: $0.text, value: $0.value.value, valueNormalized: $0.valueNormalized.value,
                    unit: $0.unit, subject: $0.subject)
            })
    }
}

/// The figures and problems of one scoring run, as score.py counts and prints them.
public struct ReadingScore {
    public var fieldsRight = 0, fields = 0
    public var metricsHit = 0, metricsMissed = 0, metricsExtra = 0
    public var mechanismsHit = 0, mechanisms = 0
    public var leadsHit = 0, leads = 0
    public var noSubject = 0
    public var problems: [String] = []

    public var fieldShare: Double { Double(fieldsRight) / Double(max(1, fields)) }
    public var metricRecall: Double { Double(metricsHit) / Double(max(1, metricsHit + metricsMissed)) }
    public var metricPrecision: Double { Double(metricsHit) / Double(max(1, metricsHit + metricsExtra)) }
    public var mechanismRecall: Double { Double(mechanismsHit) / Double(max(1, mechanisms)) }

    /// score.py's last line, with its default thresholds (fields 1.0, R and P 0.95, mechanisms 0.9).
    public var summary: String {
        let pass = fieldShare >= 1.0 && metricRecall >= 0.95 && metricPrecision >= 0.95 && mechanismRecall >= 0.9
        let leadPart = leads > 0 ? " leads \(leadsHit)/\(leads)" : ""
        return "pages: fields \(fieldsRight)/\(fields) metrics R=\(Self.fixed(metricRecall, 3)) "
            + "P=\(Self.fixed(metricPrecision, 3)) "
            + "(\(metricsHit) hit, \(metricsMissed) missed, \(metricsExtra) extra) "
            + "mechanisms R=\(Self.fixed(mechanismRecall, 2))\(leadPart) rhetoric=0 no-subject=\(noSubject) -> "
            + (pass ? "PASS" : "FAIL")
    }

    /// The problems as score.py prints them: the first 40, then a count of the rest.
    public var printedProblems: [String] {
        problems.count <= 40 ? problems : Array(problems.prefix(40)) + ["... \(problems.count - 40) more"]
    }

    /// `value` with `digits` decimals.
    public static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    mutating func field(_ name: String, _ ok: Bool, _ place: String) {
        fields += 1
        if ok { fieldsRight += 1 } else { problems.append("\(place): \(name) wrong") }
    }
}

/// Scores an extraction against a page reading with score.py's rules (mode `pages`).
public enum ReadingScorer {
    /// The score of `extraction` against `reading`; `captions: false` leaves photo captions unscored.
    public static func score(
        _ extraction: Extraction, against reading: PageReading, captions: Bool = true
    ) -> ReadingScore {
        score(ScoredExtraction(extraction), against: reading, captions: captions)
    }

    /// The score of an extraction already reduced to the fields that are scored.
    public static func score(
        _ got: ScoredExtraction, against reading: PageReading, captions: Bool = true
    ) -> ReadingScore {
        var score = ReadingScore()
        let articles = got.articles ?? []
        for want in reading.articles {
            guard let article = find(want, in: articles) else {
                score.problems.append("\(want.id): article not found (title \(want.title ?? "None"))")
                score.fields += 5
                score.metricsMissed += want.metrics.count
                score.mechanisms += want.mechanisms.count
                score.leads += want.leadPhrases?.count ?? 0
                continue
            }
            scoreFields(article, want, into: &score)
            scoreMetrics(article, want, into: &score)
            scoreMechanisms(article, want, into: &score)
        }
        let photographers = (got.captions ?? []).map { ws($0.photographer) }
        for caption in captions ? reading.captions : [] {
            let found = photographers.contains(ws(caption.photographer))
            score.field("caption by \(caption.photographer ?? "None")", found, "captions")
        }
        return score
    }

    static func find(
        _ want: PageReading.Article, in articles: [ScoredExtraction.Article]
    ) -> ScoredExtraction.Article? {
        let titles = Set([ws(want.title)] + (want.titleAlternatives ?? []).map(ws))
        if let article = articles.first(where: { titles.contains(ws($0.title)) }) { return article }
        let names = persons(want.author)
        return articles.first { !names.isEmpty && persons($0.author) == names }
    }

    static func scoreFields(
        _ got: ScoredExtraction.Article, _ want: PageReading.Article, into score: inout ReadingScore
    ) {
        let place = got.place
        let county = nonEmpty(want.place?.county) ?? nonEmpty(want.county)
        let short = nonEmpty(want.countyShort) ?? String((county ?? "").prefix(2))
        let gotCounty = (place?.county ?? "") + (place?.short ?? "")
        score.field("title", true, want.id)
        score.field("byline", sameByline(got.author, want.author), want.id)
        if county != nil {
            score.field("county", gotCounty.contains(short) || short.isEmpty, want.id)
        } else {
            let label = nonEmpty(want.place?.label) ?? "~"
            score.field("county", nonEmpty(place?.county) == nil || gotCounty.contains(label), want.id)
        }
        let township = nonEmpty(want.place?.township)
        let gotTownship = ws(place?.township) + ws(place?.county)
        score.field("township", township.map { gotTownship.contains(ws($0)) || ws($0).isEmpty } ?? true, want.id)
        let headings = Set((got.sections ?? []).map { ws($0.heading) })
        score.field("headings", (want.sectionHeadings ?? []).allSatisfy { headings.contains(ws($0)) }, want.id)
        let leads = Set(got.practices.map { ws($0.lead) }).union(headings)
        for lead in want.leadPhrases ?? [] {
            score.leads += 1
            if leads.contains(ws(lead.text)) {
                score.leadsHit += 1
            } else {
                score.problems.append("\(want.id): lead not found: \(lead.text)")
            }
        }
    }

    static func scoreMetrics(
        _ got: ScoredExtraction.Article, _ want: PageReading.Article, into score: inout ReadingScore
    ) {
        let metrics = got.practices.flatMap { $0.metrics ?? [] }
        score.noSubject +=
            metrics.filter {
                ($0.subject ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            }.count
        var used = Array(repeating: false, count: metrics.count)
        for wanted in want.metrics {
            if let index = metrics.indices.first(where: { !used[$0] && sameMetric(metrics[$0], wanted) }) {
                used[index] = true
                score.metricsHit += 1
            } else {
                score.metricsMissed += 1
                score.problems.append("\(want.id): missed metric \(wanted.text)")
            }
        }
        let extra = metrics.indices.filter { !used[$0] }.map { metrics[$0] }
        score.metricsExtra += extra.count
        for metric in extra.prefix(5) {
            let value = metric.value.map(number) ?? "None"
            score.problems.append(
                "\(want.id): extra metric \(metric.text ?? "None") = \(value)\(metric.unit ?? "None")")
        }
    }

    static func scoreMechanisms(
        _ got: ScoredExtraction.Article, _ want: PageReading.Article, into score: inout ReadingScore
    ) {
        let names = Set(got.practices.flatMap { $0.mechanisms ?? [] }.map(ws) + (got.mechanisms ?? []).map(ws))
        for name in want.mechanisms {
            score.mechanisms += 1
            let wanted = ws(name)
            let hit =
                names.contains(wanted)
                || names.contains {
                    $0.contains(wanted) || wanted.isEmpty || (wanted.contains($0) && $0.unicodeScalars.count >= 3)
                }
            if hit {
                score.mechanismsHit += 1
            } else {
                score.problems.append("\(want.id): mechanism not found: \(name)")
            }
        }
    }
}

// MARK: - score.py's helpers

extension ReadingScorer {
    /// score.py `ws`: whitespace removed, ＋ → +, : → ：, trailing 。 stripped.
    static func ws(_ text: String?) -> String {
        var result = String((text ?? "").filter { !$0.isWhitespace })
            .replacingOccurrences(of: "＋", with: "+").replacingOccurrences(of: ":", with: "：")
        while result.hasSuffix("。") { result.removeLast() }
        return result
    }

    public static let roles = [
        "记者", "通讯员", "实习生", "特约", "融媒体", "日报",
        "晚报", "本报", "编辑", "作者", "摄影", "撰稿",
    ]
    public static let separators = Set("、，,；;／/|·■")

    /// The personal names in a byline: tokens of 2–4 Han characters that are not roles or outlets.
    static func persons(_ byline: String?) -> Set<String> {
        let tokens = (byline ?? "").split { $0.isWhitespace || separators.contains($0) }.map(String.init)
        return Set(
            tokens.filter { token in
                let scalars = token.unicodeScalars
                return !roles.contains { token.contains($0) } && (2...4).contains(scalars.count)
                    && scalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
            })
    }

    static func sameByline(_ got: String?, _ want: String?) -> Bool {
        guard let want, !want.isEmpty else { return (got ?? "").isEmpty }
        let names = persons(want)
        if !names.isEmpty { return persons(got) == names }
        return ["", ws(want)].contains(ws(got))
    }

    static func baseUnit(_ unit: String?) -> Substring {
        (unit ?? "").drop { $0 == "万" || $0 == "亿" }
    }

    static func sameMetric(_ got: ScoredExtraction.Metric, _ want: PageReading.Metric) -> Bool {
        guard let value = got.value else { return false }
        let normalized = want.valueNormalized ?? want.value
        return (abs(value - want.value) < 1e-9 && got.unit == want.unit)
            || (abs((got.valueNormalized ?? -1) - normalized) < 1e-6 && baseUnit(got.unit) == baseUnit(want.unit))
    }

    static func nonEmpty(_ text: String?) -> String? { (text ?? "").isEmpty ? nil : text }

    /// A number as Python prints a JSON number: whole values without ".0" (the extract JSON writes them as integers).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
