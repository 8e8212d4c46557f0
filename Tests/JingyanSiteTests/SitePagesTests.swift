import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

@Suite struct SitePagesTests {
    /// The excerpt's own trimming keeps what Foundation's `trimmingCharacters(in:)` kept, scalar
    /// for scalar: a card must not change with it.
    @Test func excerptLinesAreTrimmedAsFoundationTrimsThem() throws {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let space = String(Character(scalar))
            for line in [space + "网格" + space, "x" + space, space, space + "\u{301}x", "x\u{301}" + space + space] {
                let expected = Substring(line).trimmingCharacters(in: .whitespaces)
                #expect(
                    Array(SitePages.trimming(Substring(line), while: SitePages.isFoundationWhitespace).unicodeScalars)
                        == Array(expected.unicodeScalars), "U+\(String(value, radix: 16))")
            }
        }
        let marks = CharacterSet(charactersIn: "。： ")
        for text in ["。：  全县", "：。", "全县。", "。\u{301}全县 ：", ""] {
            #expect(
                SitePages.trimming(Substring(text)) { $0 == "。" || $0 == "：" || $0 == " " }
                    == text.trimmingCharacters(in: marks))
        }
    }

    @Test func anExcerptJoinsTrimmedLinesAndCutsAfterItsLength() throws {
        let practice = Practice(
            id: "p", lead: "建立网格",
            text: "\u{3000}\u{3000}建立网格。  全县划分网格\t\n\n\u{3000}配备网格员\u{200B}\n" + String(repeating: "长", count: 80),
            mechanisms: [], categories: [], metrics: [], source: SourceRef(file: "f.txt", lines: 1...3))
        #expect(SitePages.excerpt(of: practice, length: 20) == "全县划分网格 配备网格员 长长长长长长长…")
    }

    /// A page links to every page of a few; of many, to the ten multiples of each power of ten
    /// around itself, and every page is then as many clicks away as its number has digits.
    @Test func pagesLinkAFewPagesAroundThemselves() throws {
        #expect(PageLink.links(count: 1, current: 1) { "\($0)" }.isEmpty)
        #expect(PageLink.links(count: 12, current: 5) { "\($0)" }.map(\.number) == Array(1...12))
        let links = PageLink.links(count: 7500, current: 3456) { "p\($0)" }
        #expect(
            links.map(\.number)
                == [1, 1000, 2000, 3000, 3100, 3200, 3300, 3400, 3410, 3420, 3430, 3440, 3450]
                + Array(3451...3460) + [3470, 3480, 3490, 3500, 3600, 3700, 3800, 3900, 4000, 5000, 6000, 7000, 7500])
        #expect(links.filter(\.current).map(\.href) == ["p3456"])
        // Clicks from page 1 to every page of 500.
        var clicks = [1: 0]
        var reached = [1]
        while let page = reached.first {
            reached.removeFirst()
            for link in PageLink.links(count: 500, current: page, href: { "\($0)" }) where clicks[link.number] == nil {
                clicks[link.number] = clicks[page]! + 1
                reached.append(link.number)
            }
        }
        #expect(clicks.count == 500)
        #expect(try #require(clicks.values.max()) <= 3)
    }
}
