import Foundation
import JingyanModel
import Synchronization
import Testing

@testable import JingyanSite

/// `SiteBuilder.update` must leave exactly the files a full build of the edited input makes:
/// every kind of edit a reviewer makes to content/ is applied in turn, each update compared with
/// a fresh build, byte for byte, no file more or less.
@Suite struct SiteUpdateTests {
    typealias Edit = (name: String, change: @Sendable (inout [Article]) -> Void)

    /// Practice `id`'s place in the articles.
    static func practice(_ id: String, in articles: inout [Article], _ change: (inout Practice) -> Void) {
        for a in articles.indices {
            for s in articles[a].sections.indices {
                for p in articles[a].sections[s].practices.indices where articles[a].sections[s].practices[p].id == id {
                    change(&articles[a].sections[s].practices[p])
                    return
                }
            }
        }
        Issue.record("no practice \(id) in the fixture")
    }

    static let edits: [Edit] = [
        ("a sentence appended to a practice", { practice("sinan-02", in: &$0) { $0.text += "\n\n该做法已在全县推广。" } }),
        (
            "a practice's opening rewritten (the feed's summary)",
            { practice("yanhe-01", in: &$0) { $0.text = "改写的开头。" + $0.text } }
        ),
        (
            "a lead retitled (its mechanisms' neighbour scripts show it)",
            { practice("songtao-01", in: &$0) { $0.lead = "规范程序“严格选”" } }
        ),
        ("a category added", { practice("shiqian-02", in: &$0) { $0.categories.append("网格化治理") } }),
        ("a category removed", { practice("sinan-03", in: &$0) { $0.categories.removeAll { $0 == "网格化治理" } } }),
        (
            "a scheme removed from a practice, still named by another",
            { practice("shiqian-10", in: &$0) { $0.mechanisms.removeAll { $0 == "两代表一委员" } } }
        ),
        (
            "a metric's value changed",
            {
                practice("yuping-03", in: &$0) { practice in
                    practice.metrics[0].value = Quantity(12345)
                    practice.metrics[0].valueNormalized = Quantity(12345)
                }
            }
        ),
        ("every metric of a practice removed", { practice("songtao-09", in: &$0) { $0.metrics.removeAll() } }),
        (
            "a metric added",
            {
                practice("shiqian-03", in: &$0) { practice in
                    practice.text += "\n\n共培训党员300人次。"
                    practice.metrics.append(
                        Metric(
                            text: "300人次", value: Quantity(300), valueNormalized: Quantity(300), unit: "人次",
                            approx: false, period: nil,
                            subject: "培训党员", sentence: "共培训党员300人次。"))
                }
            }
        ),
        ("a practice's source lines moved", { practice("yanhe-02", in: &$0) { $0.source.lines[1] += 1 } }),
        ("an article retitled", { $0[1].title = "思南县：新的标题" }),
        (
            "an article's lede and author changed",
            {
                $0[2].lede += "\n\n补充一段导语。"
                $0[2].author = "新作者"
            }
        ),
        ("a section heading changed", { $0[3].sections[1].heading = "新的小标题" }),
        ("a scheme dropped from an article's list", { $0[0].mechanisms.removeAll { $0 == "强双基" } }),
        ("a practice's schemes reordered", { practice("yuping-02", in: &$0) { $0.mechanisms.reverse() } }),
    ]

    @Test(arguments: [nil, "https://intranet.example/kb/"], [SitePages.defaultPracticesPerPage, 2])
    func everyEditLeavesWhatAFullBuildMakes(baseURL: String?, practicesPerPage: Int) throws {
        var builder = try Fixture.builder()
        builder.baseURL = try baseURL.map(BaseURL.init)
        builder.practicesPerPage = practicesPerPage
        let site = MemorySink()
        var state = try builder.writeKeepingState(to: site)
        for edit in Self.edits {
            edit.change(&builder.input.articles)
            state = try #require(try builder.update(state, in: site), "\(edit.name): no update")
            let fresh = try builder.files()
            let updated = site.files
            #expect(Set(updated.keys) == Set(fresh.keys), "\(edit.name): other files")
            for (path, data) in fresh where updated[path] != data {
                Issue.record("\(edit.name): \(path) differs from a full build")
            }
        }
    }

    @Test func anUpdatedModelIsTheModelOfTheEditedArticles() throws {
        var articles = try Fixture.extraction().articles
        var model = try SiteModel(articles: articles)
        for edit in Self.edits {
            edit.change(&articles)
            model = try #require(model.updated(with: articles), "\(edit.name)").model
            let fresh = try SiteModel(articles: articles)
            #expect(model.practices == fresh.practices, "\(edit.name)")
            #expect(model.mechanisms == fresh.mechanisms, "\(edit.name)")
            #expect(model.places == fresh.places, "\(edit.name)")
        }
    }

    @Test func anEditWritesFewFiles() throws {
        var builder = try Fixture.builder()
        let site = CountingSink()
        let state = try builder.writeKeepingState(to: site)
        let all = site.writes
        site.writes = 0
        Self.practice("sinan-02", in: &builder.input.articles) { $0.text += "\n\n该做法已在全县推广。" }
        _ = try #require(try builder.update(state, in: site))
        #expect(site.writes > 3 && site.writes < all / 4, "\(site.writes) of \(all)")
    }

    /// An edit in a place of many pages writes its first page (metrics, tags) and the page that
    /// lists the edited article, not every page of the place; all of them when the place's
    /// metric count, which each page carries, changes. Each time the place's pages are those of a
    /// full build.
    @Test func anEditWritesAPlacesFirstPageAndThePageOfItsArticle() throws {
        var builder = try Fixture.builder()
        builder.input.articles = Fixture.copies(of: builder.input.articles, count: 4)
        builder.practicesPerPage = 2
        let site = MemorySink()
        let state = try builder.writeKeepingState(to: site)
        let (model, pages) = (state.pages.model, state.pages)
        let place = try #require(
            model.places.max { pages.articlePages(of: $0).count < pages.articlePages(of: $1).count })
        let cuts = pages.articlePages(of: place)
        #expect(cuts.count > 2)
        let paths = (1...cuts.count).map { SitePaths.place(place.key, page: $0) }
        let article = place.articleIndices[cuts[cuts.count - 1].lowerBound]
        let id = model.practices[model.practiceRange(ofArticle: article).lowerBound].practice.id

        /// The place's pages that the update after `edit` writes.
        func pagesWritten(after edit: (inout Practice) -> Void) throws -> [String] {
            var edited = builder
            Self.practice(id, in: &edited.input.articles, edit)
            let written = MemorySink()
            _ = try #require(try edited.update(state, in: written))
            let fresh = try edited.files()
            for path in paths { #expect((written.files[path] ?? site.files[path]) == fresh[path], "\(path)") }
            return paths.filter { written.files[$0] != nil }
        }
        #expect(try pagesWritten { $0.text += "\n\n该做法已在全县推广。" } == [paths[0], paths[cuts.count - 1]])
        let all = try pagesWritten { practice in
            practice.text += "\n\n共培训党员300人次。"
            practice.metrics.append(
                Metric(
                    text: "300人次", value: Quantity(300), valueNormalized: Quantity(300), unit: "人次", approx: false,
                    period: nil, subject: "培训党员", sentence: "共培训党员300人次。"))
        }
        #expect(all == paths)
    }

    @Test func aChangeOfStructureIsLeftToAFullBuild() throws {
        let builder = try Fixture.builder()
        let state = try builder.writeKeepingState(to: MemorySink())
        var added = builder
        added.input.articles[0].sections[0].practices.append(
            Practice(
                id: "songtao-99", lead: nil, text: "新增的做法。", mechanisms: [], categories: [], metrics: [],
                source: added.input.articles[0].source))
        #expect(try added.update(state, in: MemorySink()) == nil)
        var newMechanism = builder
        Self.practice("sinan-02", in: &newMechanism.input.articles) { $0.categories.append("一个新分类") }
        #expect(try newMechanism.update(state, in: MemorySink()) == nil)
        var otherBase = builder
        otherBase.baseURL = try BaseURL("https://other.example/")
        #expect(try otherBase.update(state, in: MemorySink()) == nil)
    }
}

/// Counts the files handed to it, keeping none.
final class CountingSink: SiteUpdateSink {
    private let count = Mutex(0)

    var writes: Int {
        get { count.withLock { $0 } }
        set { count.withLock { $0 = newValue } }
    }

    func write(_ data: Data, to path: String) throws { count.withLock { $0 += 1 } }
    func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        try produce { _ in }
        count.withLock { $0 += 1 }
    }
    func remove(_ path: String) throws { count.withLock { $0 += 1 } }
}
