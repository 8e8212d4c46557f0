/// Text made safe for HTML element content and quoted attribute values, and for XML (the feed,
/// the sitemap): `&`, `<`, `>`, `"` and `'` become entities, and C0 controls other than tab and
/// line ends, which XML forbids even as references and HTML reads as errors, become U+FFFD (as
/// HTML parsers make of a NUL). The site's one escaper: templates, Markdown marks, charts, feed.
///
/// Decided on UTF-8 bytes, not Characters: a quote followed by a combining mark is one Character
/// but still a quote to an HTML parser, so it is escaped all the same.
public enum HTMLEscaping {
    /// Appends `text`, escaped, to `output`. Runs without a byte to escape are copied whole: most
    /// of a page's text is Chinese, whose UTF-8 bytes are all above the five.
    @inlinable
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] <= UInt8(ascii: ">") {
                let entity: String
                switch bytes[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                case 0x09, 0x0A, 0x0D: continue
                case 0x00..<0x20: entity = "\u{FFFD}"
                default: continue
                }
                output += bytes[start..<index]
                output += entity.utf8
                start = index + 1
            }
            output += bytes[start...]
        }
    }

    /// `text`, escaped.
    public static func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
