/// A page's attribute values written without their quotes wherever HTML reads an unquoted value
/// the same: a value of one or more bytes none of which is white space, a quote, `=`, `<`, `>` or
/// a backtick (the HTML standard's "unquoted attribute value" syntax). Such a value runs to the
/// next white space or `>`, so `href=../` before `>` is still `../`; a value whose closing quote
/// is followed by `/` (`<rect x="1"/>`) or by anything but white space or `>` keeps its quotes,
/// so a self-closing slash or a following attribute is never read into the value. Everything
/// outside start tags (text, comments, the doctype, end tags) is copied as it is: the DOM a
/// browser builds is the same, element for element, attribute for attribute.
public enum AttributeQuotes {
    /// `html` with the quotes that need not be there left out.
    public static func unquoted(_ html: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.count)
        var index = 0
        while index < html.count {
            let byte = html[index]
            guard byte == lessThan, index + 1 < html.count, isLetter(html[index + 1]) else {
                if byte == lessThan, index + 3 < html.count, html[index + 1] == bang {
                    index = copyDeclaration(html, from: index, into: &out)
                } else {
                    out.append(byte)
                    index += 1
                }
                continue
            }
            index = copyStartTag(html, from: index, into: &out)
        }
        return out
    }

    /// Copies the start tag at `start` (its `<` and name first), unquoting what may be; returns
    /// the index after its `>`, or the end when the tag is not closed.
    private static func copyStartTag(_ html: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        var index = start
        while index < html.count {
            let byte = html[index]
            if byte == greaterThan {
                out.append(byte)
                return index + 1
            }
            if byte == quote || byte == apostrophe {
                let close = closing(byte, in: html, after: index)
                out.append(contentsOf: html[index..<close])
                index = close
                continue
            }
            out.append(byte)
            index += 1
            guard byte == equals, index < html.count, html[index] == quote || html[index] == apostrophe else {
                continue
            }
            let close = closing(html[index], in: html, after: index)
            let value = html[(index + 1)..<max(index + 1, close - 1)]
            let next = close < html.count ? html[close] : greaterThan
            if close <= html.count, html[close - 1] == html[index], !value.isEmpty,
                value.allSatisfy(isUnquotable), next == greaterThan || isSpace(next)
            {
                out.append(contentsOf: value)
            } else {
                out.append(contentsOf: html[index..<close])
            }
            index = close
        }
        return index
    }

    /// A comment (`<!--` to `-->`) or another `<!` declaration (to `>`), copied whole.
    private static func copyDeclaration(_ html: [UInt8], from start: Int, into out: inout [UInt8]) -> Int {
        let isComment = html[start + 2] == dash && html[start + 3] == dash
        var index = start + 2
        while index < html.count {
            if html[index] == greaterThan,
                !isComment
                    || (index >= start + 6 && html[index - 1] == dash
                        && html[index - 2] == dash)
            {
                out.append(contentsOf: html[start...index])
                return index + 1
            }
            index += 1
        }
        out.append(contentsOf: html[start...])
        return html.count
    }

    /// The index after the quote that closes the one at `open`, or the end when none does.
    private static func closing(_ mark: UInt8, in html: [UInt8], after open: Int) -> Int {
        var index = open + 1
        while index < html.count, html[index] != mark { index += 1 }
        return min(index + 1, html.count)
    }

    private static func isUnquotable(_ byte: UInt8) -> Bool {
        !isSpace(byte) && byte != quote && byte != apostrophe && byte != equals && byte != lessThan
            && byte != greaterThan && byte != backtick
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let quote = UInt8(ascii: "\"")
    private static let apostrophe = UInt8(ascii: "'")
    private static let equals = UInt8(ascii: "=")
    private static let backtick = UInt8(ascii: "`")
    private static let bang = UInt8(ascii: "!")
    private static let dash = UInt8(ascii: "-")
}
