import Foundation
import Testing
import Yams

@testable import JingyanContent

/// The hand-written front-matter writer: Yams must read back exactly what it wrote, whatever
/// the strings, and ordinary headers look as Yams' own encoder printed them.
@Suite struct FrontMatterTests {
    struct Header: Codable, Equatable {
        var text: String
        var optional: String?
        var list: [String]
        var place: Nested
        var numbers: [Double]
        var count: Int
        var flag: Bool
        var nested: [Nested]
        var empty: [String]

        struct Nested: Codable, Equatable {
            var name: String
            var values: [String?]
        }

        init(_ text: String, numbers: [Double] = [4.3]) {
            self.text = text
            optional = text
            list = [text, "中文", text]
            place = Nested(name: text, values: [text, nil])
            self.numbers = numbers
            count = 2023
            flag = true
            nested = [Nested(name: text, values: [text]), Nested(name: "x", values: [])]
            empty = []
        }
    }

    /// What Yams reads back, as the loader runs it; the loader's fast path must read every
    /// header the writer writes, and read the same.
    func readBack(_ header: Header) throws -> Header {
        let file = try FrontMatter.render(header, body: "正文")
        let yaml = try FrontMatter.split(file).yaml
        let node = try compose(yaml: yaml, ContentLoader.headerResolver)
        let viaYams = try YAMLDecoder().decode(Header.self, from: try #require(node))
        let tree = try #require(HeaderReader.tree(yaml), "the fast path refused \(yaml.debugDescription)")
        #expect(HeaderReader.decode(Header.self, from: tree) == viaYams, "\(yaml.debugDescription)")
        return viaYams
    }

    /// Not a leading U+FEFF: Yams drops it from any scalar when reading, however it is written.
    static let nastyStrings: [String] = [
        "", " ", "  leading", "trailing  ", "a: b", "a:", ":a", "x:y", "a #b", "a#b", "#", "#x", "'", "''", "\"", "\\",
        "a\\nb",
        "-", "- x", "-x", "--- x", "---", "...", "?", "? x", "?x", "*x", "&x", "!x", "!!str", "%x", "@x", "`x", "|",
        ">", "> x",
        "[a]", "{a}", "a, b", "a,b", "a]", "yes", "No", "NULL", "null", "~", "true", "Off", "y", "n", "2023", "2023年底",
        "-1",
        "+1", "0", "007", "0x1F", "0o17", "1_000", "1e3", ".5", ".inf", "-.inf", ".NaN", "12:30", "1:20:30.5",
        "2024-03-05",
        "2024-3-5 10:20:30", "<<", "=", "a\nb", "\n", "a\n", "\r\n", "a\rb", "a\tb", "\t", "line\u{2028}sep",
        "\u{2029}",
        "\u{85}", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{9F}", "\u{A0}", "in\u{FEFF}side", "\u{FFFE}", "😀",
        "表情 😀 结束",
        "　全角空格　", "中文：冒号", "“引号”", "key: value # comment", "a\u{3000}", "% 100", "100%",
    ]

    @Test(arguments: nastyStrings) func readsBackNastyStrings(_ text: String) throws {
        #expect(try readBack(Header(text)) == Header(text))
    }

    @Test func readsBackRandomStrings() throws {
        let pieces =
            Self.nastyStrings + ["：", "，", "。", "a", "1", "-", ":", " ", "#", "'", "\"", "\\", "\n", "\t", "县", "%"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let text = (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined()
            #expect(try readBack(Header(text)) == Header(text), "\(text.debugDescription)")
        }
    }

    @Test func readsBackNumbers() throws {
        let numbers: [Double] = [
            0, 33, -2, 4.3, 31.85, 0.1 + 0.2, 1e-7, 1e15, 1e20, 123_456_789_012_345.5, .greatestFiniteMagnitude,
            .infinity, -.infinity,
        ]
        #expect(try readBack(Header("x", numbers: numbers)) == Header("x", numbers: numbers))
    }

    @Test func writesNumbersPlainly() throws {
        let file = try FrontMatter.render(Header("x", numbers: [33, 4.3, 0.5]), body: "")
        #expect(file.contains("numbers:\n- 33\n- 4.3\n- 0.5\ncount: 2023\n"))
    }

    /// Without floating-point numbers (which Yams printed as 4.3e+0), the layout is Yams' own.
    @Test func looksAsYamsPrintedIt() throws {
        struct Plain: Codable {
            var title: String
            var author: String?
            var place: Place
            var mechanisms: [String]
            var sections: [String?]
            var metrics: [Metric]
            var none: [Metric]

            struct Place: Codable { var county: String, township: String?, slug: String }
            struct Metric: Codable { var text: String, value: Int, approx: Bool, unit: String, period: String? }
        }
        let header = Plain(
            title: "“四化”模式探索新路径", author: nil, place: .init(county: "某某自治县", township: nil, slug: "mou-mou"),
            mechanisms: ["1名网格长+N名联户长", "党委部署、支部推动", "3+N", "2023年底"], sections: ["一、组织体系", nil],
            metrics: [.init(text: "培训30期", value: 30, approx: false, unit: "%", period: "今年以来")], none: [])
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true, sortKeys: false)
        #expect(try FrontMatter.render(header, body: "") == "---\n\(try encoder.encode(header))---\n")
    }

    /// What `FrontMatter.split` gave when it joined all the lines again and trimmed the body.
    static func splitLineByLine(_ text: String) -> (yaml: String, body: String)? {
        let lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map {
            $0.last == 0x0D ? $0.dropLast() : $0
        }
        func joined(_ lines: ArraySlice<ArraySlice<UInt8>>) -> String {
            String(decoding: Array(lines.joined(separator: [0x0A])), as: UTF8.self)
        }
        let delimiter = Array("---".utf8)
        guard lines.first.map(Array.init) == delimiter,
            let end = lines.indices.dropFirst().first(where: { Array(lines[$0]) == delimiter })
        else { return nil }
        return (joined(lines[1..<end]), FrontMatter.trimmed(joined(lines[(end + 1)...])))
    }

    @Test func splitsAsJoiningLineByLine() throws {
        let pieces = [
            "---", "\n", "\n", "\r\n", "\r", "a: 1", " ", "\t", "\u{3000}", "\u{A0}", "正文", "\u{2028}", "\u{85}",
            "\n---\n", "\r\n---\r\n",
        ]
        var state: UInt64 = 0x5917
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5000 {
            let text =
                ["---\n", "---\r\n", ""][next(3)] + (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
            let expected = Self.splitLineByLine(text)
            let parts = try? FrontMatter.split(text)
            #expect(
                parts?.yaml == expected?.yaml && parts?.body == expected?.body
                    && parts.map(\.yamlFirstLine) == expected.map { _ in 2 },
                "\(text.debugDescription)")
        }
    }

    /// Hand edits: whatever the fast path does with a file — read it or leave it to Yams — the
    /// loader gets what Yams alone reads, or the same error.
    @Test(arguments: handEdits) func handEditsReadAsYamsReadsThem(_ edit: (String, String)) throws {
        let file = Self.practiceFile.replacingOccurrences(of: edit.0, with: edit.1)
        #expect(file != Self.practiceFile, "the edit \(edit.0.debugDescription) matches nothing")
        let fast = Result { try ContentLoader.parse(file, file: "x.md").entry }
        let yams = Result { try ContentLoader.parse(file, file: "x.md", fastPath: false).entry }
        switch (fast, yams) {
        case (.success(let a), .success(let b)): #expect(a == b, "\(file)")
        case (.failure(let a as ContentError), .failure(let b as ContentError)): #expect(a == b)
        default: Issue.record("fast path \(fast), Yams \(yams) for \(file)")
        }
    }

    static let practiceFile = """
        ---
        type: practice
        id: a-01
        article: a
        section: 1
        lead: 强化保障“增动力”
        mechanisms:
        - 金牌服务卡
        - '3+N'
        categories: []
        metrics:
        - text: 全镇627名农村党员
          value: 627
          value_normalized: 627
          unit: 名
          approx: false
          period: null
          subject: 农村党员
          sentence: "全镇627名农村党员联系群众。"
        source:
          file: seeds/page.txt
          lines:
          - 83
          - 88
        ---

        正文
        """

    static let handEdits: [(String, String)] =
        [
            ("section: 1", "section: 1 # the first"), ("section: 1", "section:   1"), ("section: 1", "section: '1'"),
            ("section: 1", "section: 0x1"), ("section: 1", "section: one"), ("section: 1", "section:\n  1"),
            ("lead: 强化保障“增动力”", "lead: 强化保障\n  “增动力”"), ("lead: 强化保障“增动力”", "lead: ~"),
            ("lead: 强化保障“增动力”", "lead: 'null'"),
            ("lead: 强化保障“增动力”", "lead:"), ("lead: 强化保障“增动力”", "lead: |\n  强化保障"),
            ("lead: 强化保障“增动力”", "lead: >-\n  强化\n  保障"),
            ("lead: 强化保障“增动力”", "lead: \"强化\\u4fdd障\""), ("lead: 强化保障“增动力”", "lead: \"a\\x41\\/b\""),
            ("lead: 强化保障“增动力”", "lead: 'it''s'"), ("lead: 强化保障“增动力”", "lead: a: b"), ("lead: 强化保障“增动力”", "lead: a\tb"),
            ("lead: 强化保障“增动力”", "lead: 强化\u{2028}保障"), ("lead: 强化保障“增动力”", "lead: 强化\u{85}保障"),
            ("lead: 强化保障“增动力”", "lead: 强化\u{9F}保障"), ("lead: 强化保障“增动力”", "lead: 强化\u{7F}保障"),
            ("lead: 强化保障“增动力”", "lead: 强化\u{FEFF}保障"), ("lead: 强化保障“增动力”", "lead: 强化\u{FFFE}保障"),
            ("mechanisms:\n- 金牌服务卡\n- '3+N'", "mechanisms: [金牌服务卡, '3+N']"),
            ("mechanisms:\n- 金牌服务卡\n- '3+N'", "mechanisms:\n  - 金牌服务卡\n  - '3+N'"),
            ("mechanisms:\n- 金牌服务卡\n- '3+N'", "mechanisms:\n- 金牌服务卡\n\n- '3+N'"),
            ("mechanisms:\n- 金牌服务卡\n- '3+N'", "mechanisms:\n- 金牌服务卡 # a comment\n- '3+N'"),
            ("mechanisms:\n- 金牌服务卡\n- '3+N'", "mechanisms:\n-   金牌服务卡\n- '3+N'"),
            ("mechanisms:\n- 金牌服务卡\n- '3+N'", "mechanisms: 金牌服务卡"),
            ("categories: []", "categories: {}"), ("categories: []", "categories:"),
            ("categories: []", "categories: [ ]"),
            ("approx: false", "approx: yes"), ("approx: false", "approx: 'false'"), ("approx: false", "approx: FALSE"),
            ("value: 627", "value: 6.27e2"), ("value: 627", "value: .inf"), ("value: 627", "value: '627'"),
            ("value: 627", "value: 1_000"),
            ("value: 627", "value: -627"), ("value: 627", "value: 627.0"), ("value: 627", "value: twelve"),
            ("  value_normalized: 627\n", ""), ("  unit: 名\n", "  unit: 名\n  extra: field\n"),
            ("  unit: 名\n", "  unit: 名\n  unit: 个\n"),
            ("source:\n  file:", "source:\n    file:"), ("  - 83\n  - 88", "  - 83\n  -   88"),
            ("  lines:\n  - 83\n  - 88", "  lines: [83, 88]"),
            ("type: practice", "type: Practice"), ("type: practice", "type: 'practice'"), ("type: practice\n", ""),
            ("id: a-01", "id: &anchor a-01"), ("id: a-01", "id: !!str a-01"), ("id: a-01", "\"id\": a-01"),
            ("id: a-01", "? id\n: a-01"),
            ("---\ntype", "---\r\ntype"), ("\n---\n\n正文", "\n...\n---\n\n正文"),
        ] + numberEdits + reviewEdits

    /// The `review:` list extract adds, and what a person may leave of it.
    static let reviewEdits: [(String, String)] =
        [
            "review:\n- 标题为推测\n- '3: 请核对'\n", "review: []\n", "review:\n", "review: ~\n", "review:\n  - 标题为推测\n",
            "review: 标题为推测\n", "review:\n- 标题为推测\n- [a]\n", "review:\n- 标题为推测\nreview: []\n",
        ]
        .map { ("  - 88\n", "  - 88\n" + $0) }

    /// Numbers the fast path converts itself, and their neighbours that it leaves to Yams.
    static let numberEdits: [(String, String)] =
        [
            "0", "00", "007", "010", "08", "+1", "-1", "-0", "1_0", "1:30", "0x1F", "0b11", "0o17", "1e3", "1.0",
            "99999999999999999999", "1 1",
        ]
        .map { ("section: 1", "section: \($0)") }
        + [
            "0", "-0", "+627", "0627", "6.27e2", "6.27E+2", "627e-2", "1e", "e5", "-.5", ".5", "5.", "1.2.3", "--1",
            "+-1", "1_000.5",
            "1:20.5", "0x1F", "0x1p3", "+.inf", "-.Inf", ".INF", "infinity", "1e400", "-1e-400", "0.1", "31.85",
            "123456789012345.5",
        ]
        .map { ("value: 627", "value: \($0)") }
        + ["083", "0", "-3", "8_3", "1:00"].map { ("  - 83", "  - \($0)") }
}
