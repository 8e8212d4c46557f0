/// The tokenizer shared by the index builder (here) and the search page (`Theme/search.js`, which
/// repeats these rules; docs/search-index.md states them).
///
/// Hand-written on purpose: the browser must cut queries exactly as the build cut the text, and no
/// dictionary-free Chinese tokenizer exists for both Swift and plain JavaScript without a download.
/// Overlapping character bigrams need no dictionary: any query of two or more Han characters is
/// made of bigrams that all occur in a text containing it.
public enum SearchTokenizer {
    /// Bigrams of every run of Han characters, and every run of ASCII letters and digits, lowercased.
    /// A run of a single Han character yields nothing; such queries are matched by scanning.
    public static func tokens(in text: String) -> [String] {
        var tokens: [String] = []
        var hanRun: [Unicode.Scalar] = []
        var asciiRun = ""

        func flushHan() {
            if hanRun.count >= 2 {
                for start in 0..<(hanRun.count - 1) {
                    var bigram = ""
                    bigram.unicodeScalars.append(hanRun[start])
                    bigram.unicodeScalars.append(hanRun[start + 1])
                    tokens.append(bigram)
                }
            }
            hanRun.removeAll(keepingCapacity: true)
        }
        func flushASCII() {
            if !asciiRun.isEmpty { tokens.append(asciiRun) }
            asciiRun = ""
        }

        for scalar in text.unicodeScalars {
            if isHan(scalar) {
                flushASCII()
                hanRun.append(scalar)
            } else if let word = asciiWordCharacter(scalar) {
                flushHan()
                asciiRun.unicodeScalars.append(word)
            } else {
                flushHan()
                flushASCII()
            }
        }
        flushHan()
        flushASCII()
        return tokens
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
