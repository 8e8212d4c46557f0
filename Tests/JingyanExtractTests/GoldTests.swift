import Foundation
import JingyanExtract
import JingyanModel
import Testing

/// The hand-made reading of the seed page (Fixtures/seed-gold.json) is the spec of a correct
/// extraction: structure must match exactly, metrics and mechanisms to the stated recall.
@Suite struct GoldTests {
    struct Gold: Decodable {
        var seed: String
        var articles: [GoldArticle]
        var photo_caption: GoldCaption
        var not_mechanisms: [String]
    }
    struct GoldCaption: Decodable {
        var place: String
        var lines: [Int]
        var text: String
        var photographer: String
    }
    struct GoldArticle: Decodable {
        var id: String
        var county: String
        var county_short: String
        var township: String?
        var title: String
        var author: String
        var body_lines: [Int]
        var lede: String
        var sections: [GoldSection]
        var mechanisms: [String]
        var metrics: [GoldMetric]
    }
    struct GoldSection: Decodable {
        var heading: String
        var practices: [GoldPractice]
    }
    struct GoldPractice: Decodable {
        var lead: String?
        var text: String
        var lines: [Int]
    }
    struct GoldMetric: Decodable {
        var text: String
        var value: Double
        var unit: String
        var value_normalized: Double
        var approx: Bool
        var period: String?
    }

    let gold: Gold
    let extraction: Extraction
    /// Extracted articles in the gold's order, matched by source position.
    let pairs: [(gold: GoldArticle, article: Article)]

    init() throws {
        gold = try JSONDecoder().decode(Gold.self, from: TestData.fixture("seed-gold.json"))
        let page = try String(
            contentsOf: TestData.repositoryRoot.appendingPathComponent("seeds").appendingPathComponent(gold.seed),
            encoding: .utf8)
        extraction = try TestData.extract(page, file: "seeds/\(gold.seed)")
        let articles = extraction.articles
        pairs = gold.articles.compactMap { goldArticle in
            articles.first { $0.source.firstLine == goldArticle.body_lines[0] }.map { (goldArticle, $0) }
        }
        // Every test below walks the pairs: with one missing, each would pass on what is left.
        guard !gold.articles.isEmpty, pairs.count == gold.articles.count else {
            throw CocoaError(
                .fileReadCorruptFile,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "\(pairs.count) of \(gold.articles.count) gold articles found in the extraction"
                ])
        }
    }

    @Test func findsFiveArticlesAndOneCaption() {
        #expect(extraction.articles.count == 5)
        #expect(pairs.count == 5)
        #expect(extraction.captions.count == 1)
        let caption = extraction.captions.first
        #expect(caption?.photographer == gold.photo_caption.photographer)
        #expect(caption?.place == gold.photo_caption.place)
        #expect(caption?.text == gold.photo_caption.text)
        #expect(caption?.source.lines == gold.photo_caption.lines)
    }

    @Test func titleBlocksAndPlaces() {
        for (goldArticle, article) in pairs {
            #expect(
                TestData.withoutWhitespace(article.title) == TestData.withoutWhitespace(goldArticle.title),
                "\(goldArticle.id)")
            #expect(article.author == goldArticle.author, "\(goldArticle.id)")
            #expect(article.place.county == goldArticle.county, "\(goldArticle.id)")
            #expect(article.place.short == goldArticle.county_short, "\(goldArticle.id)")
            #expect(article.place.township == goldArticle.township, "\(goldArticle.id)")
            #expect(
                article.place.slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }, "\(goldArticle.id)")
            #expect(article.id.hasPrefix(article.place.slug), "\(goldArticle.id)")
        }
    }

    @Test func ledesSectionsAndLeads() {
        for (goldArticle, article) in pairs {
            #expect(article.lede == goldArticle.lede, "\(goldArticle.id)")
            #expect(article.sections.map(\.heading) == goldArticle.sections.map(\.heading), "\(goldArticle.id)")
            let leads = article.sections.map { $0.practices.map(\.lead) }
            let goldLeads = goldArticle.sections.map { $0.practices.map(\.lead) }
            #expect(leads == goldLeads, "\(goldArticle.id)")
            let texts = article.practices.map { TestData.withoutWhitespace($0.text) }
            let goldTexts = goldArticle.sections.flatMap(\.practices).map { TestData.withoutWhitespace($0.text) }
            #expect(texts == goldTexts, "\(goldArticle.id)")
            let lines = article.practices.map(\.source.lines)
            let goldLines = goldArticle.sections.flatMap(\.practices).map(\.lines)
            #expect(lines == goldLines, "\(goldArticle.id)")
        }
    }

    @Test func metricsRecallAndPrecision() {
        var expected = 0
        var found = 0
        var matched = 0
        var misses: [String] = []
        var extras: [String] = []
        for (goldArticle, article) in pairs {
            var remaining = article.practices.flatMap(\.metrics)
            found += remaining.count
            expected += goldArticle.metrics.count
            for metric in goldArticle.metrics {
                if let index = remaining.firstIndex(where: { $0.value.value == metric.value && $0.unit == metric.unit })
                {
                    matched += 1
                    let hit = remaining.remove(at: index)
                    #expect(hit.approx == metric.approx, "\(goldArticle.id) \(metric.text)")
                    #expect(hit.valueNormalized.value == metric.value_normalized, "\(goldArticle.id) \(metric.text)")
                    #expect(hit.period == metric.period, "\(goldArticle.id) \(metric.text)")
                } else {
                    misses.append("\(goldArticle.id): \(metric.text)")
                }
            }
            extras += remaining.map { "\(goldArticle.id): \($0.text)" }
        }
        let recall = Double(matched) / Double(expected)
        let precision = Double(matched) / Double(max(found, 1))
        #expect(recall >= 0.95, "recall \(recall), missed \(misses)")
        #expect(precision >= 0.95, "precision \(precision), extra \(extras)")
    }

    @Test func everyMetricHasSubjectAndSourceSentence() {
        for article in extraction.articles {
            for practice in article.practices {
                let flatText = TestData.withoutWhitespace(practice.text)
                for metric in practice.metrics {
                    #expect(!metric.subject.isEmpty, "\(metric.text)")
                    #expect(
                        !metric.sentence.isEmpty && flatText.contains(TestData.withoutWhitespace(metric.sentence)),
                        "\(metric.text)")
                    #expect(metric.sentence.contains(metric.text), "\(metric.text)")
                }
            }
        }
    }

    @Test func namedMechanismRecallAndNoRhetoric() {
        var expected = 0
        var matched = 0
        var misses: [String] = []
        for (goldArticle, article) in pairs {
            expected += goldArticle.mechanisms.count
            for mechanism in goldArticle.mechanisms {
                if article.mechanisms.contains(mechanism) { matched += 1 } else { misses.append(mechanism) }
            }
        }
        #expect(Double(matched) / Double(expected) >= 0.9, "missed \(misses)")
        let tagged = Set(extraction.articles.flatMap(\.mechanisms))
        #expect(tagged.isDisjoint(with: gold.not_mechanisms), "\(tagged.intersection(gold.not_mechanisms))")
    }

    /// Some PDF tools print no blank lines at all: the same page read that way gives the same
    /// articles, caption, sections, practices and metrics (only line numbers differ).
    @Test func samePageWithoutBlankLines() throws {
        let page = try String(
            contentsOf: TestData.repositoryRoot.appendingPathComponent("seeds").appendingPathComponent(gold.seed),
            encoding: .utf8)
        let dense = try TestData.extract(page.split(separator: "\n").filter { !$0.isEmpty }.joined(separator: "\n"))
        func shape(_ practice: Practice) -> [String] {
            let metrics: [String] = practice.metrics.map { "\($0.value)\($0.unit)" }
            return [practice.lead ?? "-", practice.text.filter { !$0.isWhitespace }] + metrics
        }
        func shape(_ article: Article) -> [String] {
            var parts: [String] = [article.id, article.title, article.author ?? "", article.lede]
            for section in article.sections {
                parts.append(section.heading ?? "-")
                for practice in section.practices { parts += shape(practice) }
            }
            return parts
        }
        func shape(_ extraction: Extraction) -> [String] {
            extraction.captions.map(\.text) + extraction.articles.flatMap { shape($0) }
        }
        #expect(shape(dense) == shape(extraction))
    }

    @Test func yearsAndSchemeNumbersAreNotMetrics() {
        let metrics = extraction.articles.flatMap(\.practices).flatMap(\.metrics)
        #expect(!metrics.contains { [2018, 2022, 2024, 345, 985].contains($0.value.value) })
        #expect(!metrics.contains { $0.unit.hasPrefix("年") })
        #expect(!metrics.contains { $0.text.contains("+") || $0.text.contains("“5") })
    }
}
