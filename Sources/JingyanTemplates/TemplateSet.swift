import JingyanSupport

/// The templates of a theme, parsed once, rendered many times from any thread.
///
/// Why not swift-mustache, which the theme's syntax comes from: it makes a new `Mirror` and
/// several dynamic casts for every lookup and a String per Character, and a build renders tens
/// of thousands of pages. This renderer walks a parsed tree over typed values into a byte
/// buffer. The tests render every bundled template with both and compare.
public struct TemplateSet: Sendable {
    private let templates: [String: Template]

    /// Parses every template and checks that the partials and parents they name exist.
    public init(sources: [String: String]) throws(TemplateError) {
        var templates: [String: Template] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                templates[name] = try Template(source)
            } catch {
                throw TemplateError(template: name, problem: error)
            }
        }
        for (name, template) in templates.sorted(by: { $0.key < $1.key }) {
            for reference in template.references where templates[reference.name] == nil {
                throw TemplateError(
                    template: name,
                    problem: .init(
                        line: reference.line,
                        message: "names a template \(reference.name).mustache that the theme does not have"))
            }
        }
        self.templates = templates
    }

    /// Whether template `name` has a block `{{$block}}` that other templates can fill.
    public func hasBlock(_ block: String, in name: String) -> Bool {
        func find(_ nodes: [Template.Node]) -> Bool {
            nodes.contains { node in
                switch node {
                case .block(let found, let nodes): found == block || find(nodes)
                case .section(_, _, let nodes): find(nodes)
                case .parent(_, let blocks): blocks.values.contains(where: find)
                case .text, .variable, .partial: false
                }
            }
        }
        return templates[name].map { find($0.nodes) } ?? false
    }

    /// The template `name` rendered with `value` as its context; nil when there is no such template.
    public func render(_ name: String, with value: TemplateValue) -> String? {
        renderUTF8(name, with: value).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, for pages that go straight to a file: making a String of every
    /// page, then its bytes again, was a twentieth of a large build.
    public func renderUTF8(_ name: String, with value: TemplateValue) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(templates: templates)
        renderer.stack = [value]
        renderer.render(template.nodes, blocks: [:], indentation: [])
        return renderer.output
    }
}

private struct Renderer {
    let templates: [String: Template]
    var stack: [TemplateValue] = []
    var output: [UInt8] = []

    init(templates: [String: Template]) {
        self.templates = templates
        output.reserveCapacity(16_384)
    }

    mutating func render(_ nodes: [Template.Node], blocks: [String: [Template.Node]], indentation: [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let text):
                append(text, indentation: indentation)
            case .variable(let reference, let escaped):
                guard let value = lookup(reference) else { continue }
                if escaped { HTMLEscaping.append(value.text, to: &output) } else { output += value.text.utf8 }
            case .section(let reference, let inverted, let children):
                let value = lookup(reference)
                if inverted {
                    if value?.isFalsy ?? true { render(children, blocks: blocks, indentation: indentation) }
                    continue
                }
                switch value {
                case nil: break
                case .bool(let flag)?:
                    if flag { render(children, blocks: blocks, indentation: indentation) }
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        render(children, blocks: blocks, indentation: indentation)
                        stack.removeLast()
                    }
                case let value?:
                    stack.append(value)
                    render(children, blocks: blocks, indentation: indentation)
                    stack.removeLast()
                }
            case .partial(let name, let own):
                // The partial's lines get the indentation its standalone tag had.
                let nested = indentation + own
                if !own.isEmpty { output += own }
                let start = output.count
                render(templates[name]!.nodes, blocks: blocks, indentation: nested)
                // The line after the partial belongs to this template, not to the partial.
                if !own.isEmpty, output.count - start >= nested.count,
                    output.suffix(nested.count).elementsEqual(nested),
                    output.count - nested.count > 0, output[output.count - nested.count - 1] == UInt8(ascii: "\n")
                {
                    output.removeLast(nested.count)
                }
            case .parent(let name, let overrides):
                // An override from further out wins over one given here.
                render(
                    templates[name]!.nodes, blocks: blocks.merging(overrides) { outer, _ in outer },
                    indentation: indentation)
            case .block(let name, let defaults):
                render(blocks[name] ?? defaults, blocks: blocks, indentation: indentation)
            }
        }
    }

    mutating func append(_ text: [UInt8], indentation: [UInt8]) {
        guard !indentation.isEmpty else {
            output += text
            return
        }
        for byte in text {
            output.append(byte)
            if byte == UInt8(ascii: "\n") { output += indentation }
        }
    }

    /// The first value down the context stack that has the reference's first name, then its
    /// fields by the rest; transforms applied innermost first.
    func lookup(_ reference: Template.Reference) -> TemplateValue? {
        var value: TemplateValue?
        if let first = reference.names.first {
            for context in stack.reversed() {
                if case .object(let fields) = context, let found = fields[first] {
                    value = found
                    break
                }
            }
            for name in reference.names.dropFirst() {
                guard case .object(let fields)? = value else { return nil }
                value = fields[name]
            }
        } else {
            value = stack.last
        }
        for transform in reference.transforms.reversed() {
            guard let current = value else { return nil }
            value = Self.apply(transform, to: current)
        }
        return value
    }

    static func apply(_ transform: String, to value: TemplateValue) -> TemplateValue? {
        switch (transform, value) {
        case ("empty", .list(let items)): .bool(items.isEmpty)
        case ("empty", .string(let text)): .bool(text.isEmpty)
        case ("count", .list(let items)): .int(items.count)
        case ("count", .string(let text)): .int(text.count)
        case ("first", .list(let items)): items.first
        case ("last", .list(let items)): items.last
        case ("reversed", .list(let items)): .list(items.reversed())
        case ("reversed", .string(let text)): .string(String(text.reversed()))
        case ("lowercased", .string(let text)): .string(text.lowercased())
        case ("uppercased", .string(let text)): .string(text.uppercased())
        case ("equalzero", .int(let number)): .bool(number == 0)
        case ("plusone", .int(let number)): .int(number + 1)
        case ("minusone", .int(let number)): .int(number - 1)
        case ("even", .int(let number)): .bool(number % 2 == 0)
        case ("odd", .int(let number)): .bool(number % 2 != 0)
        default: nil
        }
    }
}
