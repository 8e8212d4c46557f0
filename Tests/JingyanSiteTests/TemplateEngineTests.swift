import Foundation
import JingyanTemplates
import Mustache
import Testing
@testable import JingyanSite

/// JingyanTemplates renders the theme instead of swift-mustache, for speed: every page and
/// fragment of the fixture site must come out the same from both.
@Suite struct TemplateEngineTests {
    /// swift-mustache reads dictionaries and arrays.
    func plain(_ value: TemplateValue) -> Any {
        switch value {
        case .string(let string): string
        case .int(let number): number
        case .double(let number): number
        case .bool(let flag): flag
        case .list(let items): items.map(plain)
        case .object(let fields): Dictionary(fields.entries.map { ($0.name, plain($0.value)) }) { $1 }
        }
    }

    /// Blank runs between tags are the one place the two may differ (standalone-line rules
    /// applied at different moments); they do not change the page.
    func normalized(_ html: String) -> String {
        html.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    @Test func everyPageAndFragmentRendersAsSwiftMustacheRendersIt() throws {
        let theme = try Theme.bundled()
        var reference = MustacheLibrary()
        for (name, source) in theme.templates { try reference.register(source, named: name) }
        let renderer = PageRenderer(library: try theme.library())
        let builder = try Fixture.builder()
        let pages = try builder.sitePages(model: SiteModel(articles: builder.input.articles), renderer: renderer)
        var contexts: [(template: String, value: any Encodable, path: String)] = pages.pageIDs().map {
            let page = pages.page($0)
            return (page.template, page.context, page.path)
        }
        let cardPath = "places/fragment.html"
        contexts += pages.model.practices.map { ("practice-card", pages.summary($0, from: cardPath), cardPath) }
        contexts += pages.model.practices.flatMap { entry in
            pages.metricRows(of: entry, from: cardPath).map { ("metric-row", $0, cardPath) }
        }
        contexts += pages.model.mechanisms.map { ("tag", pages.tagView($0.key, from: cardPath), cardPath) }
        var exact = 0
        for (template, context, path) in contexts {
            let value = try TemplateValue(encoding: context)
            let ours = try #require(renderer.library.render(template, with: value))
            let theirs = try #require(reference.render(plain(value), withTemplate: template))
            #expect(normalized(ours) == normalized(theirs), "\(path) (\(template))")
            if ours == theirs { exact += 1 }
        }
        #expect(contexts.count > 200)
        #expect(exact > 0, "\(exact) of \(contexts.count)")
    }
}
