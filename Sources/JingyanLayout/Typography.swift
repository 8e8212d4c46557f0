/// Character classes of printed Chinese text. Hand-written on Unicode scalars: these run on every
/// character of every page, where a scalar scan is far cheaper than a Swift `Regex`.
public enum Typography {
    /// Han ideographs (CJK unified, extensions A–F, compatibility).
    @inlinable
    public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// CJK compatibility ideographs: canonically equal to unified ones, so compared as Characters.
    @inlinable
    public static func isCompatibilityIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value)
    }

    /// `text.hasPrefix(prefix)` — Characters under canonical equivalence — decided on UTF-8 bytes
    /// where that gives the same answer: every scalar of the prefix, and of the text up to one
    /// past it, is a Character of its own with no canonical equivalent. Otherwise by Characters.
    @inlinable
    public static func hasPrefix(_ text: some StringProtocol, _ prefix: some StringProtocol) -> Bool {
        // Most calls fail at the first scalar: two different plain scalars start Characters that
        // differ under canonical equivalence too (each stays first in its decomposition).
        if let first = firstScalar(of: prefix), let textFirst = firstScalar(of: text), first != textFirst,
            isPlain(first), isPlain(textFirst)
        {
            return false
        }
        var prefixLength = 0
        for scalar in prefix.unicodeScalars {
            guard isPlain(scalar) else { return text.hasPrefix(prefix) }
            prefixLength += 1
        }
        guard text.unicodeScalars.prefix(prefixLength + 1).allSatisfy(isPlain) else { return text.hasPrefix(prefix) }
        return text.utf8.starts(with: prefix.utf8)
    }

    /// The text's first scalar, decoded from its UTF-8 in place: the scalar view's `first` and
    /// `last` are calls that validate an index, and every line of a page is asked for them.
    @inlinable
    public static func firstScalar(of text: some StringProtocol) -> Unicode.Scalar? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.isEmpty ? nil : scalar(in: bytes, at: 0).scalar
        } ?? text.unicodeScalars.first
    }

    /// The text's last scalar, decoded from its UTF-8 in place (see `firstScalar(of:)`).
    @inlinable
    public static func lastScalar(of text: some StringProtocol) -> Unicode.Scalar? {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard var index = bytes.indices.last else { return nil }
            while bytes[index] & 0xC0 == 0x80 { index -= 1 }  // back over continuation bytes
            return scalar(in: bytes, at: index).scalar
        } ?? text.unicodeScalars.last
    }

    /// A Character of its own with no canonical equivalent but itself: two texts that differ
    /// in such a scalar differ as Characters too.
    @inlinable
    public static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        standsAlone(scalar) && !isCompatibilityIdeograph(scalar)
    }

    /// Characters typeset on the full-width grid of a Chinese column: Han, kana, Hangul,
    /// full-width forms and CJK punctuation (curly quotes included: Chinese fonts set them wide).
    @inlinable
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
            0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026,
            0x2014:
            return true
        default: return false
        }
    }

    /// Ｆｕｌｌ-width ０-９, Ａ-Ｚ, ａ-ｚ as ASCII; anything else unchanged.
    @inlinable
    public static func halfWidthAlphanumeric(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: Unicode.Scalar(scalar.value - 0xFEE0)!
        default: scalar
        }
    }

    /// The text without the bullets it opens with and the spaces after them ("■建强阵地" →
    /// "建强阵地"): typography, like a heading's font. Quotes and brackets are kept.
    public static func droppingBullets(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, isBullet(first) else { return text }
        return String(scalars.drop { isBullet($0) || isPrintedSpace($0) })
    }

    /// The text without the bullets or the bracketed tag it opens with, when more follows
    /// ("【平安乡村】石门镇：" → "石门镇：", "■屋场会上……" → "屋场会上……"): a column's or topic's
    /// mark printed before a title, no word of it.
    public static func droppingLeadingTag(_ text: String) -> String {
        let text = droppingBullets(text)
        for (open, close) in [("【", "】"), ("〖", "〗")] where text.hasPrefix(open) {
            guard let end = text.firstIndex(of: Character(close)) else { continue }
            let tag = text[text.index(after: text.startIndex)..<end]
            let rest = text[text.index(after: end)...].drop { isPrintedSpace($0.unicodeScalars.first!) }
            guard !tag.isEmpty, tag.count <= maxLeadingTag, !rest.isEmpty else { continue }
            return String(rest)
        }
        return text
    }

    static let maxLeadingTag = 10

    /// False when `droppingLeadingTag` returns the text unchanged, told from its first bytes: it
    /// opens with neither a bullet (all in U+2000–U+2FFF, UTF-8 lead byte E2) nor "【" or "〖"
    /// (E3 80 90, E3 80 96). Most lines open with Han and are ruled out with no copy or compare.
    @inlinable
    public static func mayOpenWithTag(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        switch bytes.next() {
        case 0xE2: return true
        case 0xE3:
            guard bytes.next() == 0x80 else { return false }
            let third = bytes.next()
            return third == 0x90 || third == 0x96
        default: return false
        }
    }

    /// A heading as its words: bullets dropped, and the lenticular brackets a whole heading may
    /// stand in ("【议题从群众中来】", "〖…〗").
    public static func headingWords(_ text: String) -> String {
        let text = droppingBullets(text)
        for (open, close) in [("【", "】"), ("〖", "〗")] where text.hasPrefix(open) && text.hasSuffix(close) {
            let inner = text.dropFirst().dropLast()
            guard !inner.isEmpty, !inner.contains(Character(open)), !inner.contains(Character(close)) else { continue }
            return String(inner)
        }
        return text
    }

    /// A bullet: the geometric shapes (■ □ ◆ ● ▲ ▶ …), block bars (▍ ▌), stars, "•", "※" and arrows (➤).
    public static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x25A0...0x25FF, 0x2580...0x259F, 0x2605, 0x2606, 0x2022, 0x203B, 0x27A2...0x27AF: true
        default: false
        }
    }

    /// ０-９, full-width.
    @inlinable
    public static func isWideDigit(_ scalar: Unicode.Scalar) -> Bool { (0xFF10...0xFF19).contains(scalar.value) }

    /// The ASCII form of a mark right after a full-width digit when it is part of the number:
    /// a point before a digit or at the line's end, where the number goes on on the next line
    /// ("９８．" / "６％"), a comma before exactly three digits ("２，１００"; "３，５" is two
    /// numbers). `rest` is the UTF-8 after the mark. A unit such as "％" stays as printed.
    static func wideNumberMark(
        _ mark: Unicode.Scalar, before rest: Slice<UnsafeBufferPointer<UInt8>>
    ) -> Unicode.Scalar? {
        let digitsAfter = Typography.wideDigitsOpening(rest, upTo: 4)
        switch mark {
        case "．": return digitsAfter > 0 || rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? "." : nil
        case "，": return digitsAfter == 3 ? "," : nil
        default: return nil
        }
    }

    /// How many full-width digits the UTF-8 opens with, counted up to `limit`.
    static func wideDigitsOpening(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, upTo limit: Int) -> Int {
        var count = 0
        var index = bytes.startIndex
        while count < limit, index < bytes.endIndex {
            let (scalar, length) = scalar(in: bytes.base, at: index)
            guard isWideDigit(scalar) else { break }
            count += 1
            index += length
        }
        return count
    }

    /// 0–9, ASCII only.
    @inlinable
    public static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    /// The spaces printed page text holds: ASCII space and tab, the no-break and ideographic
    /// spaces, the typographic spaces U+2002–U+200A, and the zero-width space and byte order
    /// mark that text copied out of a PDF carries. What `cleaned` trims and collapses.
    @inlinable
    public static func isPrintedSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: return true
        default: return false
        }
    }

    /// True for a scalar that is always a Character of its own: ASCII other than CR, Han, CJK and
    /// general punctuation, full-width forms. Between two such scalars there is always a grapheme
    /// break, so a text of only these counts its Characters without grapheme breaking.
    @inlinable
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFF9D:
            return true
        default: return isHan(scalar)
        }
    }

    /// The number of Characters, counted on scalars when every one stands alone (see `standsAlone`).
    /// Inlinable, as is `string(_:)`: specialised in the caller's module, not walked generically.
    @inlinable
    public static func characterCount(of scalars: some Collection<Unicode.Scalar>) -> Int {
        var count = 0
        for scalar in scalars {
            guard standsAlone(scalar) else { return String(String.UnicodeScalarView(scalars)).count }
            count += 1
        }
        return count
    }

    /// The number of Characters, counted without grapheme breaking where every scalar stands alone.
    @inlinable
    public static func characterCount(of text: some StringProtocol) -> Int { characterCount(of: text.unicodeScalars) }

    /// The number of scalars: the UTF-8 bytes that start one, counted in place (a String's
    /// scalar view decodes them one at a time).
    @inlinable
    public static func scalarCount(of text: some StringProtocol) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // Bytes less continuation bytes (10xxxxxx), eight at a time: no branch per byte.
            let raw = UnsafeRawBufferPointer(bytes)
            var continuation = 0
            var index = 0
            while index + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                continuation &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
            while index < raw.count {
                if raw[index] & 0xC0 == 0x80 { continuation &+= 1 }
                index += 1
            }
            return raw.count - continuation
        } ?? text.unicodeScalars.count
    }

    /// A String of the scalars, encoded straight into its UTF-8 storage, not appended to a
    /// `String.UnicodeScalarView` one scalar at a time.
    @inlinable
    public static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Display width in half-width cells: the measure PDF column widths are comparable in.
    public static func width(of text: some StringProtocol) -> Int {
        var cells = 0
        for scalar in text.unicodeScalars { cells += isWide(scalar) ? 2 : 1 }
        return cells
    }

    /// Marks that end a sentence (full- and half-width).
    public static let sentenceEnders: Set<Character> = ["。", "！", "？", "!", "?", "…"]
    /// Closing marks that may follow a sentence ender: 。” 。） …
    public static let closers: Set<Character> = ["”", "’", "）", ")", "」", "』", "》", "】"]
    /// Marks that separate clauses inside a sentence.
    public static let clauseMarks: Set<Character> = ["，", "、", "；", "：", ",", ";", ":"]
    /// The same marks as scalars, for scans over `unicodeScalars` (each mark is one scalar).
    public static let sentenceEnderScalars = ScalarSet(sentenceEnders)
    public static let closerScalars = ScalarSet(closers)
    public static let clauseMarkScalars = ScalarSet(clauseMarks)
    public static let openingQuote: Unicode.Scalar = "“"
    public static let closingQuote: Unicode.Scalar = "”"

    /// A clause mark or a sentence ender. Han first: no mark is Han, and most scalars asked are
    /// (a clause is walked back over scalar by scalar).
    @inlinable
    public static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        !isHan(scalar) && (clauseMarkScalars.contains(scalar) || sentenceEnderScalars.contains(scalar))
    }

    /// The display width of a line's valid UTF-8, or nil when it holds a space or a full-width
    /// letter or digit (what `cleaned` changes). Scalars decoded by hand in one pass: this runs
    /// on every line of a page, where the scalar view's decoding is the slower way.
    static func widthUnlessNeedsCleaning(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let first = bytes.first, MarkdownMarks.opensLine(first) { return nil }
        var cells = 0
        var index = 0
        while index < bytes.count {
            // Most scalars are U+4000–U+9FFF, led by E4–E9: wide, neither space nor full-width form.
            if (0xE4...0xE9).contains(bytes[index]) {
                cells += 2
                index += 3
                continue
            }
            let (scalar, length) = scalar(in: bytes, at: index)
            if isPrintedSpace(scalar) || halfWidthAlphanumeric(scalar) != scalar || isPictograph(scalar)
                || scalar == "*" || scalar == "&" || scalar == softHyphen
            {
                return nil
            }
            cells += isWide(scalar) ? 2 : 1
            index += length
        }
        return cells
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8 (a String's), and its length in
    /// bytes. Decoded by hand: a String's scalar view does more work per scalar.
    /// Inlined into every caller, one and three bytes (ASCII, Han, CJK punctuation) decoded there;
    /// two and four bytes are decoded out of line.
    @inlinable @inline(always)
    public static func scalar(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        if lead & 0xF0 == 0xE0 {  // three bytes, as Han and CJK punctuation are: no loop
            let value =
                UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(value).unsafelyUnwrapped, 3)
        }
        return otherScalar(in: bytes, at: index)
    }

    /// `scalar(in:at:)` for a scalar of two or four bytes.
    @usableFromInline @inline(never)
    static func otherScalar(
        in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    ) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead & (0x7F >> length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value).unsafelyUnwrapped, length)
    }

    /// Cleans a printed line: full-width digits and Latin letters become ASCII ("２０２４" is
    /// "2024"), and so do the point and thousands separator of a full-width number ("９８．５" is
    /// "98.5", "２，１００" is "2,100"); pictographs a web copy decorates its lines with go
    /// ("👆点击蓝字", "📝记者 张三"); and PDF spacing artefacts go — spaces
    /// between a digit and a wide character ("选人 5项", "2024 年") and leading/trailing spaces.
    /// Other spaces (between two Han words) and all other punctuation are kept as printed.
    public static func cleaned(_ line: some StringProtocol) -> String {
        // Most lines have nothing to clean: no copy scalar by scalar then.
        var copy = String(line)
        var scalars: [Unicode.Scalar] = []  // decoded from the UTF-8, not mapped from the scalar view
        var marked = false
        let clean = copy.withUTF8 { bytes in
            guard widthUnlessNeedsCleaning(bytes) == nil else { return true }
            marked = MarkdownMarks.mayBeIn(bytes)
            scalars.reserveCapacity(bytes.count)
            var index = 0
            var afterWideDigit = false
            while index < bytes.count {
                if bytes[index] == 0x26, let entity = HTMLEntity(in: bytes, at: index) {  // "&nbsp;" left in a copy
                    scalars.append(entity.scalar)
                    index += entity.length
                    continue
                }
                let (scalar, length) = scalar(in: bytes, at: index)
                index += length
                if isPictograph(scalar) || scalar == softHyphen { continue }
                // A full-width number's point and thousands separator go with its digits.
                let mark = afterWideDigit ? wideNumberMark(scalar, before: bytes[index...]) : nil
                afterWideDigit = isWideDigit(scalar)
                scalars.append(mark ?? halfWidthAlphanumeric(scalar))
            }
            return false
        }
        guard !clean else { return copy }
        if marked { scalars = MarkdownMarks.dropping(from: scalars) }
        var start = 0
        var end = scalars.count
        while start < end, isPrintedSpace(scalars[start]) { start += 1 }
        while end > start, isPrintedSpace(scalars[end - 1]) { end -= 1 }
        // A PDF's loosely set column: "网 格 员 每 天 入 户".
        if let kept = letterSpacedCharacters(scalars[start..<end]) { return string(kept) }
        var result: [Unicode.Scalar] = []  // made a String at once (`string(_:)`), not appended
        result.reserveCapacity(end - start)
        var index = start
        while index < end {
            let scalar = scalars[index]
            guard isPrintedSpace(scalar) else {
                result.append(scalar)
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < end, isPrintedSpace(scalars[runEnd]) { runEnd += 1 }
            let before = result.last
            let after = scalars[runEnd]
            let artefact =
                before.map { (isASCIIDigit($0) && isWide(after)) || (isWide($0) && isASCIIDigit(after)) } ?? true
            if !artefact { result += scalars[index..<runEnd].compactMap(spaceAsRead) }
            index = runEnd
        }
        return string(result)
    }

    /// A soft hyphen: where a word may break, invisible unless it does; a PDF leaves it at a line's
    /// end inside a word or a number.
    static let softHyphen: Unicode.Scalar = "\u{AD}"

    /// An emoji or other pictograph, or the invisible marks that join and style them: decoration,
    /// no word of a report.
    @inlinable
    public static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1F000...0x1FAFF, 0xFE0F, 0x200D: true
        case 0x2300...0x2BFF: scalar.properties.isEmojiPresentation
        default: false
        }
    }

    /// A space kept inside a line as the text reads it: a no-break, thin or other typographic
    /// space (a web copy's "&nbsp;", a PDF's spacing) as an ASCII space, an ideographic space as
    /// itself, and a zero-width space or byte-order mark as nothing.
    static func spaceAsRead(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x20, 0x3000: scalar
        case 0x200B, 0xFEFF: nil
        default: " "
        }
    }
}

/// A handful of single-scalar marks. Looked up for every scalar of a page: a scan of a few
/// numbers, cheaper than hashing into a `Set`.
public struct ScalarSet: Sendable {
    @usableFromInline let values: [UInt32]
    /// Most scalars looked up are Han: a bit per value modulo 64 of the set's Han scalars, so
    /// that most Han scalars are answered by one mask test (all of them when the set holds none).
    @usableFromInline let hanBits: UInt64
    /// The set's scalars in the blocks of 64 where marks stand (ASCII, general punctuation, CJK
    /// punctuation, full-width forms), a bit each: a scalar there is answered by one mask test.
    @usableFromInline let asciiLow: UInt64
    @usableFromInline let asciiHigh: UInt64
    @usableFromInline let general: UInt64
    @usableFromInline let cjk: UInt64
    @usableFromInline let fullWidth: UInt64

    /// The set of `characters`, each a single scalar.
    public init(_ characters: Set<Character>) {
        let values = characters.flatMap(\.unicodeScalars).map(\.value).sorted()
        self.values = values
        hanBits = values.reduce(0) { bits, value in
            Typography.isHan(Unicode.Scalar(value)!) ? bits | 1 << UInt64(value & 63) : bits
        }
        asciiLow = Self.bits(of: values, inBlockAt: 0)
        asciiHigh = Self.bits(of: values, inBlockAt: 0x40)
        general = Self.bits(of: values, inBlockAt: 0x2000)
        cjk = Self.bits(of: values, inBlockAt: 0x3000)
        fullWidth = Self.bits(of: values, inBlockAt: 0xFF00)
    }

    static func bits(of values: [UInt32], inBlockAt start: UInt32) -> UInt64 {
        values.reduce(0) { bits, value in
            (start..<start + 64).contains(value) ? bits | 1 << UInt64(value - start) : bits
        }
    }

    /// Whether `scalar` is one of the set. Inlined into every caller: it is asked of most scalars
    /// of every line, and a call costs more than its mask tests. `@inline(always)`, not the
    /// underscored hint, which the optimizer leaves out of line in larger callers.
    @inlinable @inline(always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let bit = UInt64(value & 63)
        switch value >> 6 {
        case 0: return asciiLow >> bit & 1 != 0
        case 1: return asciiHigh >> bit & 1 != 0
        case 0x2000 >> 6: return general >> bit & 1 != 0
        case 0x3000 >> 6: return cjk >> bit & 1 != 0
        case 0xFF00 >> 6: return fullWidth >> bit & 1 != 0
        default:
            if Typography.isHan(scalar) && hanBits >> bit & 1 == 0 { return false }
            return holdsValue(value)
        }
    }

    /// The sorted values searched: the few scalars the masks do not answer.
    @usableFromInline @inline(never)
    func holdsValue(_ value: UInt32) -> Bool { values.contains(value) }
}
