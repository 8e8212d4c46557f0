import Foundation
import Testing

@testable import JingyanExtract

/// `LexiconPattern` must find what ICU (NSRegularExpression) finds, for the syntax it accepts.
@Suite struct LexiconPatternTests {
    static let patterns = [
        // The bundled lexicon's kinds of pattern, and the unknown-county pattern.
        #"^(?:本报|新华社|人民网)[\p{Han}\d月日]{0,12}?(?:讯|电|消息)"#,
        #"^(?:责任编辑|编辑|美编)[：:\s]"#,
        #"^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]"#,
        #"^第?\s*\d{1,3}\s*版(?:\s|$|[：:·])"#,
        #"^[A-Z]?\d{1,2}\s*(?:版|要闻|综合|专版|专题)\s*$"#,
        #"截至(?:目前|今年\d{0,2}月?底?|\d{4}年(?:\d{1,2}月)?(?:底|末)?)"#,
        #"\d{4}年(?:上半年|下半年|第[一二三四]季度|\d{1,2}月(?:以来|份)?|底|末)?"#,
        #"近[一二三两四五六七八九十\d]+年(?:以来|来)?"#,
        #"(\p{Han}{2,12}?)(?:自治县|县|区|市)"#,
        // Other syntax it accepts.
        #"a+?b|a*c|x{2,}"#, #"[^，。]+。"#, #"(ab|a)(bc|c)?\.$"#, #"\P{Han}+"#, #"\D\S"#, #"(?:一|二)?三"#,
        // Top-level alternatives, each run only where it can start: nested groups, empty and
        // capturing alternatives, classes, scalars beyond the BMP.
        #"(?:(?:今年|去年|上半年)|\d{4}年(?:以来|来)|近年)|年"#, #"(?:a|b|)c?|d"#, #"(?:(a)|b)x|(?:c|)"#, #"𠀀a|[^a]b|\d"#,
        #"(?:今年|去年)(?:以来|来)|(?:今年|去年|全年)"#, #"^a|b$|(?:^c)"#,
    ]

    static let texts = [
        "本报讯（记者 张三）近日，某县召开会议。", "本报某县3月5日电 记者", "新华社北京消息", "责任编辑：李四", "编辑 王五",
        "2024年3月5日 星期二", "第 3 版", "3版：要闻", "A12 要闻 ", "截至2023年底，全县建成1200个网格。",
        "2024年上半年，共开展活动35场次；2024年3月以来新增20户。", "近三年来，近5年", "截至今年6月底", "某某土家族苗族自治县某镇",
        "全县和全市", "aaab aac xxx", "一句话。另一句。", "abc.", "ab.\n", "abc1２３", "三 二三 一三", "", "〇〇县",
        "今年以来，去年上半年和全年；2024年来近年", "axbxcx dc", "𠀀a𠀀b 𠀀𠀁b", "b\nca",
    ]

    @Test func findsWhatICUFinds() throws {
        for pattern in Self.patterns {
            let ours = try LexiconPattern(pattern)
            let icu = try NSRegularExpression(pattern: pattern)
            for text in Self.texts {
                let scalars = Array(text.unicodeScalars)
                let expected: [[String?]] = icu.matches(in: text, range: NSRange(location: 0, length: text.utf16.count))
                    .map { result in
                        (0..<result.numberOfRanges).map { group in
                            Range(result.range(at: group), in: text).map { String(text[$0]) }
                        }
                    }
                let found: [[String?]] = ours.matches(in: scalars).map { match in
                    ([match.range] + match.groups).map { range in
                        range.map { String(String.UnicodeScalarView(scalars[$0])) }
                    }
                }
                #expect(
                    found == expected,
                    "\(pattern) on \(text)")
                // The String form refuses a text by the scalars it needs before matching.
                #expect(ours.isFound(in: text) == !expected.isEmpty, "\(pattern) found in \(text)")
            }
        }
    }

    /// The bundled furniture patterns, joined as the lexicon joins them (alternatives anchored
    /// with `^` beside unanchored ones), on every line of the development and composed pages and
    /// on furniture lines: `isFound` refuses a line only where ICU finds nothing. (`isPageFurniture`
    /// also reads a line behind its bullet.)
    @Test func bundledFurnitureIsFoundWhereICUFindsIt() throws {
        let lexicon = try Lexicon.bundled()
        let patterns = try Self.bundledPatterns(named: "page_furniture_patterns")
        #expect(patterns.count >= 5)
        let icu = try NSRegularExpression(pattern: patterns.map { "(?:\($0))" }.joined(separator: "|"))
        let fixtures = TestData.repositoryRoot.appendingPathComponent("Tests/JingyanExtractTests/Fixtures")
        var lines = [
            "2023年11月7日 星期二", "第4版 综合新闻", "责任编辑：张三", "A2 要闻", "【字体：大 中 小】", "打印本页 关闭窗口",
            "原创 某县融媒体中心 2025年03月12日 08:30 贵州", "来源：某某日报 作者：张三", "本版编辑 李四 校对：王五",
            "2025-03-12 作者：张三", "2025-03-12 08:30 作者：张三", "2025年03月12日 来源：某某日报",
            "当前位置：首页 > 新闻", "阅读：1024", "【打印本页】【关闭窗口】", "（来源：某某日报）", "上一篇：某县召开会议",
            "责编 | 王芳", "- END -", "点个在看", "往期推荐", "扫一扫在手机打开当前页", "版权所有：某县",
        ]
        let pages = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)
        while let file = pages?.nextObject() as? URL {
            guard file.pathExtension == "txt" else { continue }
            lines += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        var found = 0
        for text in lines {
            let expected = icu.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
            #expect(lexicon.pageFurniture.isFound(in: text) == expected, "\(text)")
            if expected { found += 1 }
        }
        #expect(found >= 9)
        // Behind a bullet or an arrow, a line of furniture is one still.
        #expect(lexicon.isPageFurniture("▶ 听全文") && !lexicon.pageFurniture.isFound(in: "▶ 听全文"))
    }

    /// A list of patterns as lexicon.yml writes it: single-quoted items under `key:`.
    static func bundledPatterns(named key: String) throws -> [String] {
        let yaml = try BundledData.text(named: "lexicon").split(separator: "\n")
        let start = try #require(yaml.firstIndex { $0 == "\(key):" }) + 1
        return yaml[start...].prefix { $0.hasPrefix("  - '") || $0.hasPrefix("  #") }.filter { $0.hasPrefix("  - '") }
            .map { $0.dropFirst(5).dropLast().replacingOccurrences(of: "''", with: "'") }
    }

    /// The bundled period patterns, joined as the lexicon joins them, on every line of the seed pages.
    @Test func bundledPeriodsFindWhatICUFinds() throws {
        let lexicon = try Lexicon.bundled()
        // The list as lexicon.yml writes it: single-quoted items under period_patterns.
        let yaml = try BundledData.text(named: "lexicon").split(separator: "\n")
        let start = try #require(yaml.firstIndex(of: "period_patterns:")) + 1
        let patterns = yaml[start...].prefix { $0.hasPrefix("  - '") }.map {
            $0.dropFirst(5).dropLast().replacingOccurrences(of: "''", with: "'")
        }
        #expect(patterns.count >= 5)
        let icu = try NSRegularExpression(pattern: patterns.map { "(?:\($0))" }.joined(separator: "|"))
        let seeds = TestData.repositoryRoot.appendingPathComponent("seeds")
        for file in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            for line in try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8).split(
                separator: "\n")
            {
                let text = String(line)
                let scalars = Array(text.unicodeScalars)
                let expected = icu.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).map {
                    String(text[Range($0.range, in: text)!])
                }
                let found = lexicon.periods.matches(in: scalars).map {
                    String(String.UnicodeScalarView(scalars[$0.range]))
                }
                #expect(found == expected, "\(text)")
            }
        }
    }

    /// More classes than a mask holds: every alternative keeps its rarest, so a text holding
    /// none of them is still ruled out before matching, and matches are as before.
    @Test func manyAlternativesStillRuleOutTexts() throws {
        let alternatives = (0..<40).map { index -> String in
            let words = (0..<3).map { String(Unicode.Scalar(0x4E00 + 3 * index + $0)!) }
            return "^[^。]{0,9}" + words.joined(separator: "\\s*")
        }
        let pattern = try LexiconPattern(alternatives.map { "(?:\($0))" }.joined(separator: "|"))
        guard let required = pattern.required else {
            Issue.record("the alternation has no required scalars")
            return
        }
        var body = "近年来，各地积极探索基层治理新路径。"
        #expect(!body.withUTF8 { required.mayBeIn($0) })
        #expect(!pattern.isFound(in: body))
        let last = (117..<120).map { String(Unicode.Scalar(0x4E00 + $0)!) }.joined()
        #expect(pattern.isFound(in: "通知" + last))
        #expect(!pattern.isFound(in: "通知" + last.dropLast()))
        #expect(try Lexicon.bundled().pageFurniture.filtersInEveryPart, "lines would be matched unfiltered")
    }

    /// More alternatives than the start table has bits for, or classes than a mask holds: the
    /// alternation is compiled in parts that keep both, and finds what the whole one finds.
    @Test func aLongAlternationIsSplitAndFindsTheSame() throws {
        let patterns = (0..<90).map { index -> String in
            let words = (0..<3).map { String(Unicode.Scalar(0x4E00 + 3 * index + $0)!) }
            return index.isMultiple(of: 2) ? "^" + words.joined() + "$" : words.joined(separator: "\\s*") + "\\d"
        }
        var namedBits: [ScalarClass.Named: [UInt64]] = [:]
        let split = try LexiconAlternation(patterns, namedBits: &namedBits)
        let whole = try LexiconPattern(patterns.map { "(?:\($0))" }.joined(separator: "|"))
        #expect(split.partCount > 1)
        #expect(split.filtersInEveryPart)
        #expect(!whole.keepsTables)
        let texts = (0..<90).flatMap { index -> [String] in
            let words = (0..<3).map { String(Unicode.Scalar(0x4E00 + 3 * index + $0)!) }.joined()
            return [words, "前" + words, words + "7", "前" + words + " 7", String(words.dropLast())]
        }
        for text in texts { #expect(split.isFound(in: text) == whole.isFound(in: text), "\(text)") }
    }

    /// The parts' filters asked in one pass (`JointRequiredScalars`) let through what each part's
    /// own filter does: texts beyond the BMP, texts opening with a part's start, and a part that
    /// needs no class at all.
    @Test func theJointFilterFindsWhatEachPartFinds() throws {
        var patterns = (0..<80).map { index -> String in
            let words = (0..<2).map { String(Unicode.Scalar(0x5E00 + 2 * index + $0)!) }
            return index.isMultiple(of: 3) ? "^" + words.joined() : words.joined(separator: "[0-9]+")
        }
        patterns.append(#"^\d*$"#)  // matches a text of no scalar: no class is needed
        patterns.append("😀[0-9]")  // a scalar beyond the BMP, which the filters count as in every class
        var namedBits: [ScalarClass.Named: [UInt64]] = [:]
        let split = try LexiconAlternation(patterns, namedBits: &namedBits)
        #expect(split.partCount > 1)
        let texts =
            (0..<80).flatMap { index -> [String] in
                let (first, second) = (Unicode.Scalar(0x5E00 + 2 * index)!, Unicode.Scalar(0x5E01 + 2 * index)!)
                return [
                    "\(first)\(second)", "😀\(first)\(second)", "\(first)12\(second)😀", "前\(first)7\(second)",
                    "\(second)\(first)", "\(first)", "😀",
                ]
            } + ["", "123", "12a", "😀7", "前😀7", "7😀"]
        for text in texts {
            let each = try patterns.contains { try LexiconPattern($0).isFound(in: text) }
            #expect(split.isFound(in: text) == each, "\(text)")
        }
    }

    @Test func rejectsWhatItDoesNotCompile() {
        for pattern in [#"a(?=b)"#, #"\w+"#, #"a++"#, #"(a"#, #"a)"#, #"[a"#, #"(?:a?)*"#, #"\p{L}"#] {
            #expect(throws: LexiconPattern.SyntaxError.self, "\(pattern)") { try LexiconPattern(pattern) }
        }
    }
}
