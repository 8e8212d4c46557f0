import Foundation

/// Markdown files with YAML front matter: `---`, YAML, `---`, then the Markdown body.
public enum FrontMatter {
    public static let delimiter = "---"

    /// Renders front matter and body. Keys keep the order the value encodes them in; numbers are
    /// written plainly (4.3, not 4.3e+0), so that people can read and edit them.
    public static func render<T: Encodable>(_ header: T, body: String) throws -> String {
        var text = "\(delimiter)\n\(try FrontMatterYAML.text(of: header))\(delimiter)\n"
        if !body.isEmpty { text += "\n\(body)\n" }
        return text
    }

    /// A parsed file: the front matter's YAML, the line it starts on, and the body.
    public struct Parts {
        public var yaml: String
        /// 1-based line of the first YAML line in the file.
        public var yamlFirstLine: Int
        public var body: String
    }

    public struct MissingFrontMatter: Error {}

    public static func split(_ text: String) throws -> Parts {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.first == Substring(delimiter) else { throw MissingFrontMatter() }
        lines.removeFirst()
        guard let end = lines.firstIndex(of: Substring(delimiter)) else { throw MissingFrontMatter() }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return Parts(yaml: yaml, yamlFirstLine: 2, body: body)
    }
}
