import Foundation
import Yams

/// Markdown files with YAML front matter: `---`, YAML, `---`, then the Markdown body.
public enum FrontMatter {
    public static let delimiter = "---"

    /// Renders front matter and body. Keys keep the order the value encodes them in; numbers are
    /// written plainly (4.3, not Yams' 4.3e+0), so that people can read and edit them.
    public static func render<T: Encodable>(_ header: T, body: String) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options = .init(width: -1, allowUnicode: true, sortKeys: false)
        let yaml = try encoder.encode(header)
        guard let node = try Yams.compose(yaml: yaml) else { return "\(delimiter)\n\(delimiter)\n\(body)\n" }
        let plain = try Yams.serialize(node: plainNumbers(node), width: -1, allowUnicode: true)
        var text = "\(delimiter)\n\(plain)\(delimiter)\n"
        if !body.isEmpty { text += "\n\(body)\n" }
        return text
    }

    /// Rewrites floating-point scalars in their shortest decimal form.
    static func plainNumbers(_ node: Node) -> Node {
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain, scalar.string.contains("e"), let value = Double(scalar.string) else { return node }
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            return .scalar(.init(text, scalar.tag, .plain))
        case .mapping(let mapping):
            return .mapping(.init(mapping.map { ($0.key, plainNumbers($0.value)) }, mapping.tag, mapping.style))
        case .sequence(let sequence):
            return .sequence(.init(sequence.map(plainNumbers), sequence.tag, sequence.style))
        case .alias:
            return node
        }
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
