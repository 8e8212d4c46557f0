import Foundation
import JingyanSupport

/// Text without white space, as UTF-8: a hand edit may rewrap a sentence, and a name or a source
/// sentence is still found in it. Bytes, not Characters: comparing Strings goes through
/// Foundation's locale-aware search.
///
/// White space is Unicode's White_Space set, the scalars `Unicode.Scalar.Properties.isWhitespace`
/// accepts, found in the UTF-8 bytes without asking each scalar's properties. A test holds both
/// to the same answer on every scalar.
struct FlatText {
    let bytes: [UInt8]

    init(_ text: String) {
        var text = text
        bytes = text.withUTF8 { utf8 in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var run = 0  // start of the bytes not yet copied
            var index = 0
            while index < utf8.count {
                let width = Self.whiteSpaceWidth(utf8, at: index)
                guard width > 0 else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                index += width
                run = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
            return bytes
        }
    }

    /// The length in bytes of the White_Space scalar that starts at `index`; 0 for any other byte.
    /// A String's UTF-8 is valid, so a lead byte's continuation bytes follow it.
    static func whiteSpaceWidth(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch utf8[index] {
        case 0x09...0x0D, 0x20: return 1  // tab, line breaks, space
        case 0xC2: return utf8[index + 1] == 0x85 || utf8[index + 1] == 0xA0 ? 2 : 0  // U+0085, U+00A0
        case 0xE1: return utf8[index + 1] == 0x9A && utf8[index + 2] == 0x80 ? 3 : 0  // U+1680
        case 0xE2:
            switch (utf8[index + 1], utf8[index + 2]) {
            // U+2000–U+200A, U+2028, U+2029, U+202F
            case (0x80, 0x80...0x8A), (0x80, 0xA8), (0x80, 0xA9), (0x80, 0xAF): return 3
            case (0x81, 0x9F): return 3  // U+205F
            default: return 0
            }
        case 0xE3: return utf8[index + 1] == 0x80 && utf8[index + 2] == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    var isEmpty: Bool { bytes.isEmpty }

    func contains(_ other: FlatText) -> Bool {
        bytes.withUnsafeBufferPointer { haystack in
            other.bytes.withUnsafeBufferPointer { TextSearch.occurs($0, in: haystack) }
        }
    }
}
