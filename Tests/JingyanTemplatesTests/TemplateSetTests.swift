import Testing
@testable import JingyanTemplates

@Suite struct TemplateSetTests {
    func render(_ source: String, _ value: TemplateValue, partials: [String: String] = [:]) throws -> String {
        try #require(try TemplateSet(sources: partials.merging(["main": source]) { $1 }).render("main", with: value))
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let value = TemplateValue.object(["x": .string("<a href='1'>&\"</a>")])
        #expect(try render("{{x}}", value) == "&lt;a href=&#39;1&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(try render("{{{x}}}|{{& x}}", value) == "<a href='1'>&\"</a>|<a href='1'>&\"</a>")
        #expect(try render("[{{missing}}]", value) == "[]")
    }

    @Test func numbersAndFlagsPrint() throws {
        #expect(try render("{{n}} {{b}} {{d}}", .object(["n": .int(42), "b": .bool(false), "d": .double(1.5)])) == "42 false 1.5")
    }

    @Test func sectionsIterateListsPushObjectsAndTestFlags() throws {
        let value = TemplateValue.object([
            "items": .list([.object(["n": .string("a")]), .object(["n": .string("b")])]),
            "title": .string("T"), "on": .bool(true), "off": .bool(false), "none": .list([]),
            "person": .object(["name": .string("张")]),
        ])
        #expect(try render("{{#items}}{{n}}{{title}},{{/items}}", value) == "aT,bT,")
        #expect(try render("{{#on}}yes{{/on}}{{#off}}no{{/off}}{{#none}}x{{/none}}{{#missing}}m{{/missing}}", value) == "yes")
        #expect(try render("{{^off}}1{{/off}}{{^none}}2{{/none}}{{^missing}}3{{/missing}}{{^on}}4{{/on}}{{^items}}5{{/items}}", value) == "123")
        #expect(try render("{{#person}}{{name}}{{/person}}|{{person.name}}|{{#items}}{{.}}{{/items}}", value).hasPrefix("张|张|"))
    }

    @Test func functionsApplyInnermostFirst() throws {
        let value = TemplateValue.object(["items": .list([.string("a"), .string("b")]), "none": .list([]), "n": .int(0)])
        #expect(try render("{{^empty(items)}}has{{/empty(items)}}{{#empty(none)}},empty{{/empty(none)}}", value) == "has,empty")
        #expect(try render("{{count(items)}} {{first(items)}} {{last(items)}} {{#equalzero(n)}}zero{{/equalzero(n)}} {{plusone(n)}}", value) == "2 a b zero 1")
        #expect(try render("{{uppercased(first(reversed(items)))}}", value) == "B")
    }

    /// The Mustache spec: a line holding only a section, comment or partial tag disappears whole;
    /// a standalone partial's lines take the indentation its tag had.
    @Test func standaloneLinesVanishAndPartialsKeepTheirIndentation() throws {
        let value = TemplateValue.object(["items": .list([.string("a"), .string("b")])])
        #expect(try render("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n", value) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(try render("Begin.\n{{!\ncomment\n}}\nEnd.\n", value) == "Begin.\nEnd.\n")
        #expect(try render("x {{#items}}{{.}}{{/items}} y\n", value) == "x ab y\n")
        #expect(try render("<div>\n  {{> inner}}\n</div>\n", value, partials: ["inner": "<p>\nhi\n</p>\n"]) == "<div>\n  <p>\n  hi\n  </p>\n</div>\n")
    }

    @Test func parentsTakeTheBlocksTheirChildGives() throws {
        let partials = ["layout": "<title>{{$title}}默认{{/title}}</title>\n<main>\n{{$content}}{{/content}}\n</main>\n"]
        let page = "{{<layout}}\n{{$content}}\n<p>{{text}}</p>\n{{/content}}\n{{/layout}}\n"
        let html = try render(page, .object(["text": .string("正文")]), partials: partials)
        #expect(html == "<title>默认</title>\n<main>\n<p>正文</p>\n\n</main>\n", "\(html.debugDescription)")
    }

    @Test func mistakesNameTheTemplateAndLine() throws {
        func problem(_ source: String) -> String? {
            do { _ = try TemplateSet(sources: ["page": source]) } catch { return error.description }
            return nil
        }
        #expect(problem("a\n{{#x}}\nb\n") == "page.mustache:2: {{x}} is never closed; add {{/x}}")
        #expect(problem("{{#x}}{{/y}}") == "page.mustache:1: {{/y}} closes nothing (open: {{x}} from line 1)")
        #expect(problem("\n\n{{> nowhere}}") == "page.mustache:3: names a template nowhere.mustache that the theme does not have")
        #expect(problem("{{shout(x)}}")?.hasPrefix("page.mustache:1: unknown function shout()") == true)
        #expect(problem("{{=<% %>=}}")?.hasPrefix("page.mustache:1: changing the delimiters") == true)
        #expect(problem("x {{ y") == "page.mustache:1: a tag opened here is never closed with }}")
    }

    @Test func encodableValuesLeaveOutAbsentOptionals() throws {
        struct Item: Encodable { var label: String; var note: String? }
        struct Page: Encodable { var title: String; var count: Int; var items: [Item]; var missing: String? }
        let value = try TemplateValue(encoding: Page(title: "网格", count: 2, items: [Item(label: "a", note: "n"), Item(label: "b")], missing: nil))
        #expect(value == .object([
            "title": .string("网格"), "count": .int(2),
            "items": .list([.object(["label": .string("a"), "note": .string("n")]), .object(["label": .string("b")])]),
        ]))
    }
}
