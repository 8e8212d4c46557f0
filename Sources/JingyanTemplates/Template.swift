/// One parsed Mustache template: a tree of text and tags, with standalone tag lines already
/// removed (as the Mustache spec says), so rendering only walks the tree.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Reference, escaped: Bool)
        case section(Reference, inverted: Bool, [Node])
        /// `{{> name}}`; `indentation` is what stood before a standalone tag, put before each of
        /// the partial's lines.
        case partial(String, indentation: [UInt8])
        /// `{{< name}}…{{/name}}`: the named template with these blocks replaced.
        case parent(String, blocks: [String: [Node]])
        /// `{{$ name}}default{{/name}}`.
        case block(String, [Node])
    }

    /// `name`, `a.b`, `.` or `transform(name)` — swift-mustache's function syntax, which the
    /// bundled theme uses for `empty(list)`.
    struct Reference: Sendable, Equatable {
        /// Empty for `.`, the current value.
        var names: [String]
        /// Outermost first: `a(b(name))` is ["a", "b"].
        var transforms: [String]
    }

    let nodes: [Node]
    /// Templates this one names as partials or parents, to check they exist.
    let references: [(name: String, line: Int)]

    init(_ source: String) throws(TemplateError.Problem) {
        let lexemes = try Lexer.lexemes(of: source)
        var references: [(String, Int)] = []
        nodes = try TreeBuilder.build(Lexer.removingStandaloneLines(lexemes), references: &references)
        self.references = references
    }
}

/// What is wrong with a template, and on which line.
public struct TemplateError: Error, CustomStringConvertible, Equatable {
    /// One problem, on one line of the template.
    public struct Problem: Error, Equatable {
        public var line: Int
        public var message: String
    }

    public var template: String
    public var problem: Problem

    public var description: String { "\(template).mustache:\(problem.line): \(problem.message)" }
}

/// Splits a template into text and tags.
enum Lexer {
    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block
    }

    struct Tag {
        var kind: Kind
        var content: String
        var line: Int
    }

    enum Lexeme {
        case text([UInt8])
        case tag(Tag)
    }

    static func lexemes(of source: String) throws(TemplateError.Problem) -> [Lexeme] {
        let bytes = Array(source.utf8)
        var lexemes: [Lexeme] = []
        var line = 1
        var index = 0
        var textStart = 0
        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            // Each piece ends at a newline, so lines can be told apart later.
            var pieceStart = textStart
            for position in textStart..<end where bytes[position] == UInt8(ascii: "\n") {
                lexemes.append(.text(Array(bytes[pieceStart...position])))
                pieceStart = position + 1
            }
            if pieceStart < end { lexemes.append(.text(Array(bytes[pieceStart..<end]))) }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{")
            else {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
                continue
            }
            flushText(upTo: index)
            let triple = index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "{")
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            let contentStart = index + (triple ? 3 : 2)
            guard let contentEnd = find(closing, in: bytes, from: contentStart) else {
                throw .init(
                    line: line,
                    message: "a tag opened here is never closed with \(String(decoding: closing, as: UTF8.self))")
            }
            var content = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
            let tagLine = line
            line += bytes[contentStart..<contentEnd].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let kind = try takeSigil(from: &content, triple: triple, line: tagLine)
            lexemes.append(.tag(Tag(kind: kind, content: content.trimmingSpaces(), line: tagLine)))
            index = contentEnd + closing.count
            textStart = index
        }
        flushText(upTo: bytes.count)
        return lexemes
    }

    /// The kind of tag that `content` (between the braces) opens with its sigil, which is taken
    /// off; a triple mustache is unescaped whatever it holds.
    static func takeSigil(from content: inout String, triple: Bool, line: Int) throws(TemplateError.Problem) -> Kind {
        guard !triple else { return .unescaped }
        guard let sigil = content.trimmingLeadingSpaces().first else { return .variable }
        let kind: Kind
        switch sigil {
        case "&": kind = .unescaped
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case "!": kind = .comment
        case ">": kind = .partial
        case "<": kind = .parent
        case "$": kind = .block
        case "=": throw .init(line: line, message: "changing the delimiters ({{=…=}}) is not supported; keep {{ }}")
        default: return .variable
        }
        content = String(content.trimmingLeadingSpaces().dropFirst())
        return kind
    }

    /// A line that holds nothing but one section, close, comment, partial, parent or block tag
    /// and blanks disappears whole, newline included; a partial keeps the blanks before it as
    /// its indentation.
    static func removingStandaloneLines(_ lexemes: [Lexeme]) -> [(lexeme: Lexeme, indentation: [UInt8])] {
        var result: [(Lexeme, [UInt8])] = []
        var line: [Lexeme] = []
        func finishLine() {
            let tags = line.compactMap { lexeme -> Tag? in if case .tag(let tag) = lexeme { tag } else { nil } }
            let blank = line.allSatisfy { lexeme in
                if case .text(let text) = lexeme { return text.allSatisfy { [0x20, 0x09, 0x0D, 0x0A].contains($0) } }
                return true
            }
            if tags.count == 1, blank, ![.variable, .unescaped].contains(tags[0].kind) {
                var indentation: [UInt8] = []
                for lexeme in line {
                    guard case .text(let text) = lexeme else { break }
                    indentation += text
                }
                result.append((.tag(tags[0]), indentation))
            } else {
                result += line.map { ($0, []) }
            }
            line = []
        }
        for lexeme in lexemes {
            line.append(lexeme)
            if case .text(let text) = lexeme, text.last == UInt8(ascii: "\n") { finishLine() }
        }
        finishLine()
        return result
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// Nests the tags: sections, parents and blocks hold what stands between them and their close.
enum TreeBuilder {
    typealias Node = Template.Node

    static let transforms: Set<String> = [
        "empty", "count", "first", "last", "reversed", "lowercased", "uppercased",
        "equalzero", "plusone", "minusone", "even", "odd",
    ]

    private struct Open {
        var tag: Lexer.Tag
        var nodes: [Node] = []
    }

    static func build(
        _ lexemes: [(lexeme: Lexer.Lexeme, indentation: [UInt8])], references: inout [(String, Int)]
    ) throws(TemplateError.Problem) -> [Node] {
        var stack = [Open(tag: Lexer.Tag(kind: .section, content: "", line: 0))]
        for (lexeme, indentation) in lexemes {
            switch lexeme {
            case .text(let text):
                stack[stack.count - 1].nodes.append(.text(text))
            case .tag(let tag):
                switch tag.kind {
                case .comment: break
                case .variable, .unescaped:
                    stack[stack.count - 1].nodes.append(.variable(try reference(tag), escaped: tag.kind == .variable))
                case .partial:
                    references.append((tag.content, tag.line))
                    stack[stack.count - 1].nodes.append(.partial(tag.content, indentation: indentation))
                case .section, .inverted, .parent, .block:
                    if tag.kind == .parent { references.append((tag.content, tag.line)) }
                    stack.append(Open(tag: tag))
                case .close:
                    guard stack.count > 1, stack[stack.count - 1].tag.content == tag.content else {
                        let open = stack[stack.count - 1].tag
                        let expected = stack.count > 1 ? " (open: {{\(open.content)}} from line \(open.line))" : ""
                        throw .init(line: tag.line, message: "{{/\(tag.content)}} closes nothing\(expected)")
                    }
                    let open = stack.removeLast()
                    stack[stack.count - 1].nodes.append(try node(closing: open))
                }
            }
        }
        guard stack.count == 1 else {
            let open = stack[stack.count - 1].tag
            throw .init(line: open.line, message: "{{\(open.content)}} is never closed; add {{/\(open.content)}}")
        }
        return stack[0].nodes
    }

    private static func node(closing open: Open) throws(TemplateError.Problem) -> Node {
        switch open.tag.kind {
        case .section, .inverted:
            return .section(try reference(open.tag), inverted: open.tag.kind == .inverted, open.nodes)
        case .block:
            return .block(open.tag.content, open.nodes)
        default:
            var blocks: [String: [Node]] = [:]
            for case .block(let name, let nodes) in open.nodes { blocks[name] = nodes }
            return .parent(open.tag.content, blocks: blocks)
        }
    }

    /// `name`, `a.b`, `.`, `f(name)`, `f(g(name))`.
    static func reference(_ tag: Lexer.Tag) throws(TemplateError.Problem) -> Template.Reference {
        var text = Substring(tag.content)
        var transforms: [String] = []
        while text.hasSuffix(")"), let open = text.firstIndex(of: "(") {
            let function = String(text[..<open])
            guard transforms.count < 8, TreeBuilder.transforms.contains(function) else {
                throw .init(
                    line: tag.line,
                    message:
                        """
                        unknown function \(function)() in {{\(tag.content)}}; known: \
                        \(TreeBuilder.transforms.sorted().joined(separator: ", "))
                        """
                )
            }
            transforms.append(function)
            text = text[text.index(after: open)..<text.index(before: text.endIndex)]
        }
        guard !text.isEmpty, !text.contains(where: { " (){}".contains($0) }) else {
            throw .init(line: tag.line, message: "cannot read the name in {{\(tag.content)}}")
        }
        return Template.Reference(
            names: text == "." ? [] : text.split(separator: ".").map(String.init), transforms: transforms)
    }
}

extension String {
    func trimmingSpaces() -> String {
        String(
            trimmingLeadingSpaces().reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }.reversed())
    }

    func trimmingLeadingSpaces() -> Substring {
        drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }
}
