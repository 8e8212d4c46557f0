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
        let runs: TemplateValue = .object([
            "a": .string("&&<中文>'"), "b": .string(""), "c": .string("a=b?c;d 网格"), "d": .string("末尾\""),
        ])
        #expect(try render("{{a}}|{{b}}|{{c}}|{{d}}", runs) == "&amp;&amp;&lt;中文&gt;&#39;||a=b?c;d 网格|末尾&quot;")
        // Control characters (a "\0" in YAML) never reach a page or the feed raw.
        let controls = TemplateValue.object(["x": .string("a\u{0}b\u{1B}c\td\ne\r")])
        #expect(try render("{{x}}", controls) == "a\u{FFFD}b\u{FFFD}c\td\ne\r")
    }

    @Test func numbersAndFlagsPrint() throws {
        #expect(
            try render("{{n}} {{b}} {{d}}", .object(["n": .int(42), "b": .bool(false), "d": .double(1.5)]))
                == "42 false 1.5")
    }

    @Test func sectionsIterateListsPushObjectsAndTestFlags() throws {
        let value = TemplateValue.object([
            "items": .list([.object(["n": .string("a")]), .object(["n": .string("b")])]),
            "title": .string("T"), "on": .bool(true), "off": .bool(false), "none": .list([]),
            "person": .object(["name": .string("张")]),
        ])
        #expect(try render("{{#items}}{{n}}{{title}},{{/items}}", value) == "aT,bT,")
        #expect(
            try render("{{#on}}yes{{/on}}{{#off}}no{{/off}}{{#none}}x{{/none}}{{#missing}}m{{/missing}}", value)
                == "yes")
        #expect(
            try render(
                "{{^off}}1{{/off}}{{^none}}2{{/none}}{{^missing}}3{{/missing}}{{^on}}4{{/on}}{{^items}}5{{/items}}",
                value) == "123")
        #expect(
            try render("{{#person}}{{name}}{{/person}}|{{person.name}}|{{#items}}{{.}}{{/items}}", value).hasPrefix(
                "张|张|"))
    }

    @Test func functionsApplyInnermostFirst() throws {
        let value = TemplateValue.object([
            "items": .list([.string("a"), .string("b")]), "none": .list([]), "n": .int(0),
        ])
        #expect(
            try render("{{^empty(items)}}has{{/empty(items)}}{{#empty(none)}},empty{{/empty(none)}}", value)
                == "has,empty")
        #expect(
            try render(
                "{{count(items)}} {{first(items)}} {{last(items)}} {{#equalzero(n)}}zero{{/equalzero(n)}} {{plusone(n)}}",
                value) == "2 a b zero 1")
        #expect(try render("{{uppercased(first(reversed(items)))}}", value) == "B")
    }

    /// The Mustache spec: a line holding only a section, comment or partial tag disappears whole;
    /// a standalone partial's lines take the indentation its tag had.
    @Test func standaloneLinesVanishAndPartialsKeepTheirIndentation() throws {
        let value = TemplateValue.object(["items": .list([.string("a"), .string("b")])])
        #expect(
            try render("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n", value)
                == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(try render("Begin.\n{{!\ncomment\n}}\nEnd.\n", value) == "Begin.\nEnd.\n")
        #expect(try render("x {{#items}}{{.}}{{/items}} y\n", value) == "x ab y\n")
        #expect(
            try render("<div>\n  {{> inner}}\n</div>\n", value, partials: ["inner": "<p>\nhi\n</p>\n"])
                == "<div>\n  <p>\n  hi\n  </p>\n</div>\n")
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
        #expect(
            problem("\n\n{{> nowhere}}")
                == "page.mustache:3: names a template nowhere.mustache that the theme does not have")
        #expect(problem("{{shout(x)}}")?.hasPrefix("page.mustache:1: unknown function shout()") == true)
        #expect(problem("{{=<% %>=}}")?.hasPrefix("page.mustache:1: changing the delimiters") == true)
        #expect(problem("x {{ y") == "page.mustache:1: a tag opened here is never closed with }}")
    }

    @Test func encodableValuesLeaveOutAbsentOptionals() throws {
        struct Item: Encodable {
            var label: String
            var note: String?
        }
        struct Page: Encodable {
            var title: String
            var count: Int
            var items: [Item]
            var missing: String?
        }
        let value = try TemplateValue(
            encoding: Page(title: "网格", count: 2, items: [Item(label: "a", note: "n"), Item(label: "b")], missing: nil))
        #expect(
            value
                == .object([
                    "title": .string("网格"), "count": .int(2),
                    "items": .list([
                        .object(["label": .string("a"), "note": .string("n")]), .object(["label": .string("b")]),
                    ]),
                ]))
    }

    @Test func encodableValuesKeepNumbersFlagsListsAndPresentOptionals() throws {
        struct Line: Encodable {
            var number: Int
            var cited: Bool
        }
        struct Part: Encodable {
            var name: String
            var share: Double
            var lines: [Line]
            var note: String?
            var count: Int?
            var on: Bool?
            var ratio: Double?
        }
        struct Page: Encodable {
            var parts: [Part]
            var grid: [[Int]]
            var words: [String]
            var lead: Part?
            var none: Part?
        }
        let full = Part(
            name: "甲", share: 0.25, lines: [Line(number: 3, cited: true), Line(number: 4, cited: false)], note: "n",
            count: 0, on: false, ratio: 1.5)
        let bare = Part(name: "乙", share: 2, lines: [])
        let value = try TemplateValue(
            encoding: Page(parts: [full, bare], grid: [[1, 2], []], words: ["a", "b"], lead: bare, none: nil))
        let bareValue = TemplateValue.object(["name": .string("乙"), "share": .double(2), "lines": .list([])])
        #expect(
            value
                == .object([
                    "parts": .list([
                        .object([
                            "name": .string("甲"), "share": .double(0.25),
                            "lines": .list([
                                .object(["number": .int(3), "cited": .bool(true)]),
                                .object(["number": .int(4), "cited": .bool(false)]),
                            ]),
                            "note": .string("n"), "count": .int(0), "on": .bool(false), "ratio": .double(1.5),
                        ]),
                        bareValue,
                    ]),
                    "grid": .list([.list([.int(1), .int(2)]), .list([])]),
                    "words": .list([.string("a"), .string("b")]), "lead": bareValue,
                ]))
        let template =
            "{{#parts}}{{name}} {{share}}:{{#lines}}{{number}}{{#cited}}*{{/cited}},{{/lines}}{{#note}}({{.}}){{/note}}{{count}}{{^on}}!{{/on}}{{ratio}}|{{/parts}}{{lead.name}}{{#none}}x{{/none}}"
        #expect(try render(template, value) == "甲 0.25:3*,4,(n)0!1.5|乙 2.0:!|乙")
    }

    /// What the compiler's encodings never do: containers within containers, filled in turns,
    /// a single value, numbers of other types.
    @Test func handWrittenEncodingsMayUseEveryContainer() throws {
        enum Key: String, CodingKey { case a, b, c, d }
        struct Wrapped: Encodable {
            var value: Int
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(value)
            }
        }
        struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }
        struct Custom: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                var nested = container.nestedContainer(keyedBy: Key.self, forKey: .a)
                try nested.encode(UInt8(7), forKey: .a)
                try container.encode(Wrapped(value: 1), forKey: .b)
                var list = container.nestedUnkeyedContainer(forKey: .c)
                try list.encode(Int64(-2))
                try nested.encode(Float(0.5), forKey: .b)
                var inner = list.nestedContainer(keyedBy: Key.self)
                try list.encode(Nothing())
                try inner.encode(true, forKey: .a)
                #expect(list.count == 3)
                try Wrapped(value: 3).encode(to: container.superEncoder())
                try container.encode(UInt64.max, forKey: .d)
            }
        }
        #expect(
            try TemplateValue(encoding: Custom())
                == .object([
                    "a": .object(["a": .int(7), "b": .double(0.5)]), "b": .int(1),
                    "c": .list([.int(-2), .object(["a": .bool(true)]), .object([:])]), "super": .int(3),
                    "d": .string("18446744073709551615"),
                ]))
        #expect(try TemplateValue(encoding: Wrapped(value: 5)) == .int(5))

        struct Failure: Error {}
        struct Failing: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try container.encode("half", forKey: .a)
                throw Failure()
            }
        }
        struct Recovering: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try? container.encode(Failing(), forKey: .a)
                try container.encode("kept", forKey: .b)
            }
        }
        #expect(try TemplateValue(encoding: Recovering()) == .object(["b": .string("kept")]))
        #expect(throws: Failure.self) { try TemplateValue(encoding: [Failing()]) }
        #expect(try TemplateValue(encoding: ["x", "y"]) == .list([.string("x"), .string("y")]))
    }

    @Test func fieldsFindTheLastValueOfANameAndCompareInAnyOrder() throws {
        let fields = TemplateValue.Fields([
            .init(name: "a", value: .int(1)), .init(name: "b", value: .int(2)), .init(name: "a", value: .int(3)),
        ])
        #expect(fields["a"] == .int(3))
        #expect(fields["b"] == .int(2))
        #expect(fields["c"] == nil)
        #expect(try render("{{a}}{{b}}", .object(fields)) == "32")
        let literal: TemplateValue.Fields = ["b": .int(2), "a": .int(3)]
        #expect(fields == literal)
        #expect(literal == fields)
        #expect(literal != ["b": .int(2)])
        #expect(literal != ["b": .int(2), "a": .int(3), "c": .int(0)])
        #expect(literal != ["b": .int(2), "a": .int(1)])
    }
}
