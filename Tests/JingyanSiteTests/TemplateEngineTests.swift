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
        html.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(
            separator: "\n")
    }

    @Test func everyPageAndFragmentRendersAsSwiftMustacheRendersIt() throws {
        let theme = try Theme.bundled()
        var reference = MustacheLibrary()
        for (name, source) in theme.templates { try reference.register(source, named: name) }
        let renderer = PageRenderer(library: try theme.library())
        let builder = try Fixture.builder()
        let pages = try builder.sitePages(
            model: SiteModel(articles: builder.input.articles, naming: builder.input.naming), renderer: renderer)
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
        contexts += pages.model.practices.indices.map {
            ("comparison-row", pages.comparisonRow($0, from: cardPath), cardPath)
        }
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

    /// A theme's own templates see the views' numbers, flags, lists and optionals, present or
    /// absent, as the bundled ones do.
    @Test func aThemeTemplateSeesNumbersFlagsAndOptionals() throws {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
        }
        var builder = try Fixture.builder()
        let practice = """
            {{<layout}}{{$content}}<p id="probe">{{provenance.firstLine}}-{{provenance.lastLine}}|\
            {{#sectionHeading}}h:{{.}}{{/sectionHeading}}{{^sectionHeading}}none{{/sectionHeading}}|\
            {{#provenance.linesHref}}l:{{.}}{{/provenance.linesHref}}|\
            {{#chrome.navigation}}{{#current}}!{{/current}}{{label}}{{/chrome.navigation}}|\
            {{#neighbours}}{{place}}{{/neighbours}}{{#chrome.canonicalHref}}c{{/chrome.canonicalHref}}</p>{{/content}}{{/layout}}
            """
        let place = """
            {{<layout}}{{$content}}<p id="probe">{{metricCount}} {{#metricsCut}}cut{{/metricsCut}}{{^metricsCut}}all{{/metricsCut}} \
            {{#county}}{{label}}{{/county}}{{^county}}county{{/county}} {{#metrics}}{{subject}};{{/metrics}}</p>{{/content}}{{/layout}}
            """
        builder.theme = builder.theme.overridden(
            by: Theme(templates: ["practice": practice, "place": place], assets: [:]))
        let files = try builder.files()
        let renderer = PageRenderer(library: try builder.theme.library())
        let pages = try builder.sitePages(
            model: SiteModel(articles: builder.input.articles, naming: builder.input.naming), renderer: renderer)
        var headings = Set<Bool>()
        var counties = Set<Bool>()
        for id in pages.pageIDs() {
            let spec = pages.page(id)
            let expected: String
            switch spec.context {
            case let page as PracticePage:
                expected =
                    "\(page.provenance.firstLine)-\(page.provenance.lastLine)|"
                    + (page.sectionHeading.map { "h:" + escaped($0) } ?? "none") + "|"
                    + (page.provenance.linesHref.map { "l:" + escaped($0) } ?? "") + "|"
                    + page.chrome.navigation.map { ($0.current ? "!" : "") + $0.label }.joined()
                    + "|\(page.neighbours?.place ?? "")"
                headings.insert(page.sectionHeading != nil)
            case let page as PlacePage:
                expected =
                    "\(page.metricCount) \(page.metricsCut ? "cut" : "all") \(page.county.map { escaped($0.label) } ?? "county") "
                    + page.metrics.map { escaped($0.subject) + ";" }.joined()
                counties.insert(page.county != nil)
            default: continue
            }
            let html = String(decoding: try #require(files[spec.path]), as: UTF8.self)
            #expect(html.contains("<p id=probe>\(expected)</p>"), "\(spec.path)")
        }
        #expect(headings == [true, false])
        #expect(counties == [true, false])
    }
}
