import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

/// Scheme spellings that taxonomy.yml declares one scheme, and the readable addresses of
/// mechanism pages.
@Suite struct MechanismNamingTests {
    /// The fixture with 思南's scheme written another way in 沿河's article and practice.
    static func articlesWithASecondSpelling() throws -> [Article] {
        var articles = try Fixture.extraction().articles
        let yanhe = try #require(articles.firstIndex { $0.place.slug == "yanhe" })
        articles[yanhe].mechanisms.append("党小组+网格员+十联户")
        articles[yanhe].sections[0].practices[0].mechanisms.append("党小组+网格员+十联户")
        return articles
    }

    static let aliases = ["党小组+网格员+联户长": ["党小组+网格员+十联户"]]

    @Test func spellingsAreOneMechanismWithOnePage() throws {
        let articles = try Self.articlesWithASecondSpelling()
        let apart = try SiteModel(articles: articles, naming: Fixture.naming())
        #expect(apart.mechanisms.contains { $0.key.name == "党小组+网格员+十联户" })

        let model = try SiteModel(articles: articles, naming: Fixture.naming(aliases: Self.aliases))
        #expect(!model.mechanisms.contains { $0.key.name == "党小组+网格员+十联户" })
        let scheme = model.mechanism(MechanismKey(kind: .scheme, name: "党小组+网格员+联户长"))
        #expect(scheme.places.map(\.countySlug) == ["sinan", "yanhe"])
        #expect(scheme.path == "mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html")

        var input = try Fixture.input()
        input.articles = articles
        input.naming = try Fixture.naming(aliases: Self.aliases)
        let files = try SiteBuilder(input: input, theme: try Theme.bundled()).files()
        let page = String(decoding: try #require(files[scheme.path]), as: UTF8.self)
        #expect(page.contains("又作：<span class=spelling>党小组+网格员+十联户</span>"))
        let practicePage = String(
            decoding: try #require(files[model.practices[scheme.practiceIndices.last!].path]), as: UTF8.self)
        #expect(practicePage.contains("../mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html"))
        #expect(!files.keys.contains { $0.contains("wanggeyuan-shilianhu") })
    }

    /// The index posts a practice under every spelling of its scheme, and its document (and
    /// mechanisms.js, for the filter menu) carries them, so that the page's check for the whole
    /// term finds them too.
    @Test func aSearchForAnySpellingFindsThePracticesOfTheScheme() throws {
        let articles = try Self.articlesWithASecondSpelling()
        let model = try SiteModel(articles: articles, naming: Fixture.naming(aliases: Self.aliases))
        let index = try SearchIndex(model: model)
        let scheme = model.mechanism(MechanismKey(kind: .scheme, name: "党小组+网格员+联户长"))
        let documents = Set(scheme.practiceIndices.map { index.documentOfPractice[$0] })
        for spelling in ["党小组+网格员+联户长", "党小组+网格员+十联户"] {
            let tokens = SearchTokenizer.tokens(in: spelling)
            for token in tokens {
                let posted = Set(
                    index.postings[token, default: []].filter { $0.weight & SearchIndex.Posting.mechanism != 0 }.map(
                        \.document))
                #expect(documents.isSubset(of: posted), "\(token)")
            }
        }
        let files = try index.files()
        let document = try #require(documents.min())
        let shard = try ShardFile(files[SearchIndex.documentShardPath(document)], name: "d/\(document)").value
        // The document writes the scheme with its spellings, which the page checks a term against.
        let written = try #require((shard as? [[Any]])?.first?[3] as? [Any])
        #expect(written.contains { ($0 as? [String]) == [scheme.slug, "党小组+网格员+联户长", "党小组+网格员+十联户"] })
        let lists = String(decoding: try #require(files[SearchIndex.folder + "mechanisms.js"]), as: UTF8.self)
        #expect(lists.contains("[\"\(scheme.slug)\",\"党小组+网格员+联户长\",\"党小组+网格员+十联户\"]"))
    }

    @Test func aliasesThatCannotBeReadAreRefused() {
        // Taxonomy (in JingyanExtract) refuses them when loading; naming takes what it is given.
        let naming = MechanismNaming(aliases: ["甲": ["乙"]])
        #expect(naming.canonical("乙") == "甲")
        #expect(naming.canonical("丙") == "丙")
    }

    /// Slugs are pinyin; names that share one get a suffix from their own name, a category keeping
    /// the plain slug; a page number's shape, "index" and an empty slug are never plain.
    @Test func slugsAreReadableStableAndDistinct() throws {
        let naming = try Fixture.naming()
        let keys = [
            MechanismKey(kind: .category, name: "积分制"), MechanismKey(kind: .scheme, name: "积分制"),
            MechanismKey(kind: .scheme, name: "三会一课"), MechanismKey(kind: .scheme, name: "三汇一课"),
            MechanismKey(kind: .scheme, name: "3+2"), MechanismKey(kind: .scheme, name: "Index"),
            MechanismKey(kind: .scheme, name: "“”"), MechanismKey(kind: .scheme, name: "党小组+网格员+联户长"),
            MechanismKey(kind: .scheme, name: String(repeating: "网格化管理、", count: 12)),
        ]
        let slugs = naming.slugs(of: keys)
        #expect(slugs[keys[0]] == "jifenzhi")
        #expect(slugs[keys[1]]!.hasPrefix("jifenzhi-h") && slugs[keys[1]]!.count == "jifenzhi-h".count + 6)
        #expect(slugs[keys[2]]!.hasPrefix("sanhuiyike-h") && slugs[keys[3]]!.hasPrefix("sanhuiyike-h"))
        #expect(slugs[keys[4]]!.hasPrefix("3-2-h"))
        #expect(slugs[keys[5]]!.hasPrefix("index-h"))
        #expect(slugs[keys[6]]!.hasPrefix("m-h"))
        #expect(slugs[keys[7]] == "dangxiaozu-wanggeyuan-lianhuzhang")
        #expect(slugs[keys[8]]!.count <= MechanismNaming.maxSlugLength)
        #expect(Set(slugs.values).count == keys.count)
        // A name's slug does not depend on the other names, except those sharing its pinyin.
        let alone = naming.slugs(of: [keys[2], keys[3], keys[7]])
        #expect(alone[keys[2]] == slugs[keys[2]] && alone[keys[7]] == slugs[keys[7]])
        #expect(naming.slugs(of: keys.reversed()) == slugs)
        for slug in slugs.values {
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(slug)")
        }
    }

    /// A scheme only an article names (its title or lede) counts, and its page lists, the
    /// article's practices: nothing in the list reads "0 条做法".
    @Test func schemesNamedOnlyByAnArticleListItsPractices() throws {
        let model = try Fixture.model()
        let scheme = model.mechanism(MechanismKey(kind: .scheme, name: "强双基"))
        #expect(scheme.practiceIndices.isEmpty)
        let listed = scheme.articlePracticeIndices.map { model.practices[$0] }
        #expect(Set(listed.map(\.place.countySlug)) == ["shiqian", "songtao"])
        #expect(listed.count == model.practices.filter { ["shiqian", "songtao"].contains($0.place.countySlug) }.count)
        let files = try Fixture.builder().files()
        let list = String(decoding: try #require(files[SitePaths.mechanisms]), as: UTF8.self)
        #expect(!list.contains(">0 条做法<"))
        #expect(list.contains(">强双基</a> <span class=count>\(listed.count) 条做法</span>"))
        let page = String(decoding: try #require(files[scheme.path]), as: UTF8.self)
        #expect(page.contains("\(listed.count) 条做法"))
        for practice in listed { #expect(page.contains("href=../\(practice.path)"), "\(practice.path)") }
    }
}

/// A mechanism's and a category's page compare their places' practices in one table.
@Suite struct ComparisonTableTests {
    @Test func aMechanismPageComparesPlacesARowEach() throws {
        let files = try Fixture.builder().files()
        let html = String(decoding: try #require(files["mechanisms/wanggehuazhili.html"]), as: UTF8.self)
        let table = try #require(
            html.range(of: "<table class=\"comparison-table brief\">").map { html[$0.lowerBound...] })
        for place in ["石阡·国荣乡", "思南", "玉屏·新店镇"] {
            #expect(table.contains("<th scope=rowgroup rowspan="), "\(place)")
            #expect(table.contains(">\(place)</a></th>"), "\(place)")
        }
        #expect(table.contains("<a href=../practices/sinan-03.html>强化基层治理，解码乡村治理“新途径”</a>"))
        #expect(table.contains("《思南“三强化”提升乡村治理效能》，李宇佳"))
        // A category lists its practices without their figures; a scheme's page shows them.
        #expect(!table.contains("<ul>") && !table.contains("指标（数值"))
        let scheme = String(
            decoding: try #require(files["mechanisms/dangxiaozu-wanggeyuan-lianhuzhang.html"]), as: UTF8.self)
        #expect(scheme.contains("<th scope=col>指标（数值 统计对象 时间）<th scope=col>"))
        #expect(scheme.contains("<li><b>1584个</b> 党小组"))
        // The fixture's page has no sidecar and no date in its name: no date is made up (the
        // empty cell reads 未注明 through style.css).
        #expect(table.contains("</a><td><td>《思南“三强化”提升乡村治理效能》"))
    }

    /// Rows of one article that follow each other share the first one's source cell, which spans
    /// them; the rows after it end with their date. Every row still has its source.
    @Test func rowsOfOneArticleShareTheirSourceCell() throws {
        let files = try Fixture.builder().files()
        let html = String(decoding: try #require(files["mechanisms/wanggehuazhili.html"]), as: UTF8.self)
        let table = html[try #require(html.range(of: "<tbody>")).lowerBound...]
        let rows = table.components(separatedBy: "<tr>").count - 1
        let spans = table.split(separator: "<td rowspan=").dropFirst().map { Int($0.prefix { $0.isNumber }) ?? 0 }
        let alone = table.components(separatedBy: "<td>《").count - 1
        #expect(!spans.isEmpty && spans.allSatisfy { $0 > 1 && $0 <= SitePages.sourceRunRows })
        #expect(spans.reduce(0, +) + alone == rows, "\(spans) \(alone) \(rows)")
        #expect(table.contains("<td rowspan=\(spans[0])>《"))
    }

    /// 1,024 practices of one scheme: its pages are paged, and each stays under 300 KB.
    @Test func aMechanismOfAThousandPracticesStaysSmallPerPage() throws {
        var input = try Fixture.input()
        input.articles = Fixture.copies(of: input.articles, count: 32) { $0.mechanisms.append("千例机制") }
        let builder = SiteBuilder(input: input, theme: try Theme.bundled())
        let files = try builder.files()
        let pages = files.filter { $0.key.hasPrefix("mechanisms/qianlijizhi") }
        #expect(pages.count == 11)
        for (path, data) in pages { #expect(data.count < 300_000, "\(path): \(data.count) bytes") }
    }
}
