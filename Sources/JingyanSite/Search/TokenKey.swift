extension SearchIndex {
    /// A token as the index counts it: a Han bigram as the tokenizer packs it (below
    /// 2^`SearchTokenizer.Token.bigramBits`), or a word by the number `TokenWords` gave it, above
    /// every bigram. Integers, so that the millions of tokens of a large site are neither
    /// allocated nor hashed as strings while they are counted.
    struct TokenKey: Hashable {
        fileprivate let raw: UInt64
        private static let wordBit: UInt64 = 1 << SearchTokenizer.Token.bigramBits

        init(bigram packed: UInt64) { raw = packed }
        init(word number: Int) { raw = Self.wordBit | UInt64(number) }
        fileprivate init(raw: UInt64) { self.raw = raw }

        /// The token's text: the bigram's two characters, or the word as `words` (from
        /// `TokenWords.byKey`) holds it.
        func text(words: [TokenKey: String]) -> String {
            raw < Self.wordBit ? SearchTokenizer.Token.bigram(raw).text : words[self]!
        }
    }

    /// Words numbered in the order they first come, each with its `TokenKey`.
    struct TokenWords {
        private var keys: [String: TokenKey] = [:]

        mutating func key(of word: String) -> TokenKey {
            if let known = keys[word] { return known }
            let key = TokenKey(word: keys.count)
            keys[word] = key
            return key
        }

        /// Each word by its key, to turn keys back into text.
        func byKey() -> [TokenKey: String] { Dictionary(uniqueKeysWithValues: keys.map { ($1, $0) }) }
    }

    /// A token's occurrence in one field of a document, as one integer: sorted, a document's
    /// occurrences stand grouped by token, and within a token by field.
    struct Occurrence: Comparable {
        enum Field: UInt64 {
            case text = 0
            case place, mechanism, title
        }

        private let raw: UInt64

        init(_ key: TokenKey, in field: Field) { raw = key.raw << 2 | field.rawValue }

        var key: TokenKey { TokenKey(raw: raw >> 2) }

        var field: Field {
            switch raw & 3 {
            case 0: .text
            case 1: .place
            case 2: .mechanism
            default: .title
            }
        }

        static func < (left: Occurrence, right: Occurrence) -> Bool { left.raw < right.raw }
    }
}
