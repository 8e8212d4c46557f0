/// The posting strings of docs/search-index.md, which search.js decodes.
extension SearchIndex {
    /// The 64 digits of posting strings: 0–31 end a number, 32–63 carry five more bits of it.
    static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_".utf8)

    /// Per document: the gap to the previous document number minus one (the first: the number
    /// itself) as a base-32 number, most significant group first, then the weight as one digit.
    static func encode(_ postings: [Posting]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(postings.count * 2)
        var previous = -1
        for posting in postings {
            append(posting, after: previous, to: &out)
            previous = posting.document
        }
        return out
    }

    static func append(_ posting: Posting, after previous: Int, to out: inout [UInt8]) {
        let gap = posting.document - previous - 1
        var shift = 0
        while gap >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            out.append(digits[32 + (gap >> shift) & 31])
            shift -= 5
        }
        out.append(digits[gap & 31])
        out.append(digits[Int(posting.weight)])
    }

    /// `encode` undone, as search.js reads a posting string.
    static func decode(_ encoded: [UInt8]) -> [Posting] {
        var postings: [Posting] = []
        var previous = -1
        var gap = 0
        var readingWeight = false
        for byte in encoded {
            let digit = digitValues[Int(byte)]
            if readingWeight {
                previous += gap + 1
                postings.append(Posting(document: previous, weight: UInt8(digit)))
                gap = 0
                readingWeight = false
            } else if digit >= 32 {
                gap = gap << 5 | (digit - 32)
            } else {
                gap = gap << 5 | digit
                readingWeight = true
            }
        }
        return postings
    }

    static let digitValues: [Int] = {
        var values = [Int](repeating: 0, count: 256)
        for (value, digit) in digits.enumerated() { values[Int(digit)] = value }
        return values
    }()
}
