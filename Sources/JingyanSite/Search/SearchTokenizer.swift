/// The tokenizer shared by the index builder (here) and the search page (`Theme/search.js`, which
/// repeats these rules; docs/search-index.md states them).
///
/// Hand-written on purpose: the browser must cut queries exactly as the build cut the text, and no
/// dictionary-free Chinese tokenizer exists for both Swift and plain JavaScript without a download.
/// Overlapping character bigrams need no dictionary: any query of two or more Han characters is
/// made of bigrams that all occur in a text containing it.
public enum SearchTokenizer {
    /// A token as the index builder keeps it while counting: a Han bigram packed into one integer
    /// (two 21-bit scalars), so the millions of bigrams of a large site are neither allocated nor
    /// hashed as strings; an ASCII word as its text.
    enum Token: Hashable {
        case bigram(UInt64)
        case word(String)

        /// Packed bigrams are below 2^bigramBits.
        static let bigramBits = 42

        /// The bigram of two Han scalars, 21 bits each.
        static func bigram(_ first: UInt32, _ second: UInt32) -> Token { .bigram(UInt64(first) << 21 | UInt64(second)) }

        var text: String {
            switch self {
            case .bigram(let packed):
                var text = ""
                text.unicodeScalars.append(Unicode.Scalar(UInt32(packed >> 21))!)
                text.unicodeScalars.append(Unicode.Scalar(UInt32(packed & 0x1F_FFFF))!)
                return text
            case .word(let word): return word
            }
        }
    }

    /// Bigrams of every run of Han characters, and every run of ASCII letters and digits, lowercased.
    /// A run of a single Han character yields nothing; such a query term has no token.
    public static func tokens(in text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0.text) }
        return tokens
    }

    /// The tokens of `text` in order, one call each.
    static func forEachToken(in text: String, _ body: (Token) -> Void) {
        var previousHan: UInt32?
        var word: [UInt8] = []
        for scalar in text.unicodeScalars {
            if isHan(scalar) {
                if !word.isEmpty {
                    body(.word(String(decoding: word, as: UTF8.self)))
                    word.removeAll(keepingCapacity: true)
                }
                if let previous = previousHan { body(.bigram(previous, scalar.value)) }
                previousHan = scalar.value
            } else if let character = asciiWordCharacter(scalar) {
                previousHan = nil
                word.append(UInt8(character.value))
            } else {
                previousHan = nil
                if !word.isEmpty {
                    body(.word(String(decoding: word, as: UTF8.self)))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { body(.word(String(decoding: word, as: UTF8.self))) }
    }

    /// CJK Unified Ideographs with extension A, the compatibility block and the supplementary planes.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// ASCII letters (lowercased) and digits; nil for anything else.
    static func asciiWordCharacter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: scalar
        case 0x41...0x5A: Unicode.Scalar(scalar.value + 0x20)
        default: nil
        }
    }
}
