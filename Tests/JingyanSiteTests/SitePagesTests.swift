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
}
