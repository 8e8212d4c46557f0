import Testing

@testable import JingyanContent

/// `FlatText` finds white space in UTF-8 bytes; Unicode's White_Space property, as
/// `Unicode.Scalar.Properties.isWhitespace` tells it, is the reference.
@Suite struct FlatTextTests {
    /// What `FlatText` kept when it asked each scalar's properties.
    static func reference(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
        return bytes
    }

    static let allScalars = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    /// The set the byte test is written for; a new Unicode version that changes it fails here.
    @Test func whiteSpaceIsTheSetTheByteTestKnows() {
        let expected: [UInt32] =
            Array(0x09...0x0D) + [0x20, 0x85, 0xA0, 0x1680] + Array(0x2000...0x200A)
            + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
        #expect(Self.allScalars.filter(\.properties.isWhitespace).map(\.value) == expected)
    }

    /// Every scalar, each between CJK and ASCII neighbours, in runs of a few thousand.
    @Test func dropsWhatThePropertyDropsOnEveryScalar() {
        var mismatches: [Int] = []
        for start in stride(from: 0, to: Self.allScalars.count, by: 4096) {
            var text = ""
            for scalar in Self.allScalars[start..<min(start + 4096, Self.allScalars.count)] {
                text.unicodeScalars.append("中")
                text.unicodeScalars.append(scalar)
                text.unicodeScalars.append("a")
            }
            if FlatText(text).bytes != Self.reference(text) { mismatches.append(start) }
        }
        #expect(mismatches.isEmpty, "runs starting at these scalar indices differ")
    }

    static let mixedTexts = [
        "", " ", "\u{3000}\u{3000}", "\t\n\r\u{0B}\u{0C} \u{85}\u{A0}",
        "建立“金牌服务卡”制度，全镇627名农村党员联系群众2129户。",
        "  建立 “金牌\n服务卡”\r\n制度，\u{3000}全镇 627 名\u{A0}党员\u{2009}联系群众\u{202F}2129 户。  ",
        "乡贤+党小组\u{1680}五评十争\u{2028}群众提事、支部议事\u{2029}多方办事\u{205F}end\u{200A}",
        // Scalars whose UTF-8 starts as a White_Space scalar's does, but which are none.
        "\u{200B}\u{200C}\u{2027}\u{202A}\u{202E}\u{2030}\u{205E}\u{2060}\u{1681}\u{167F}\u{3001}\u{3002}\u{A1}\u{84}\u{86}\u{9F}\u{FEFF}\u{180E}",
        "emoji 👩‍👩‍👧 and combining e\u{301} \u{301}after space, 𠀀 astral\u{2003}CJK",
    ]

    @Test(arguments: mixedTexts) func dropsWhatThePropertyDrops(_ text: String) {
        #expect(FlatText(text).bytes == Self.reference(text))
    }

    @Test func findsASentenceRewrappedByHand() {
        let text = FlatText("建立“金牌服务卡”制度，全镇627名\n农村党员联系群众2129户，\u{3000}发放“党群连心卡”。")
        #expect(text.contains(FlatText("全镇627名农村党员 联系群众2129户")))
        #expect(text.contains(FlatText("")))
        #expect(!text.contains(FlatText("全镇628名农村党员")))
    }
}
