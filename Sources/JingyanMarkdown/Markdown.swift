import CCmark
import JingyanSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Markdown → HTML through libcmark in safe mode: raw HTML in the source is replaced by a comment
/// and `javascript:`, `vbscript:`, `file:` and non-image `data:` link targets are emptied.
public enum Markdown {
    /// Renders `source` as an HTML fragment.
    ///
    /// Every occurrence of one of `phrases` inside a run of text is wrapped in
    /// `<mark class="markClass">` (`<mark>` when `markClass` is nil); where several phrases start
    /// at one position, the longest wins. A phrase that crosses formatting (emphasis, a link) is
    /// not marked.
    public static func html(
        from source: String, marking phrases: [String] = [], markClass: String? = "mark"
    ) -> String {
        // cmark ≥ 0.29 is safe unless CMARK_OPT_UNSAFE is given; CMARK_OPT_SAFE only says so here.
        let options = CMARK_OPT_SAFE
        guard let document = cmark_parse_document(source, source.utf8.count, options) else { return "" }
        defer { cmark_node_free(document) }

        if phrases.contains(where: { !$0.isEmpty }) {
            let opening = markClass.map { "<mark class=\"\(HTMLEscaping.escaped($0))\">" } ?? "<mark>"
            for textNode in mergedTextRuns(in: document) {
                wrap(phrases: phrases, in: textNode, opening: opening, closing: "</mark>")
            }
        }

        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Ranges of `text` covered by `phrases`: left to right, longest phrase first at each position,
    /// never overlapping.
    public static func occurrences(of phrases: [String], in text: String) -> [Range<String.Index>] {
        // Compared as UTF-8 bytes: a phrase can only start where a character does, and byte
        // compares are what keeps marking every page's metric phrases cheap.
        let bytes = Array(text.utf8)
        let candidates = phrases.filter { !$0.isEmpty }.map { Array($0.utf8) }.sorted { $0.count > $1.count }
        let byFirstByte = Dictionary(grouping: candidates.indices) { candidates[$0][0] }
        var found: [Range<String.Index>] = []
        var position = 0
        while position < bytes.count {
            let match = byFirstByte[bytes[position]]?.first { index in
                let phrase = candidates[index]
                return position + phrase.count <= bytes.count
                    && bytes[position..<position + phrase.count].elementsEqual(phrase)
            }
            if let match {
                let start = text.utf8.index(text.startIndex, offsetBy: position)
                let end = text.utf8.index(start, offsetBy: candidates[match].count)
                found.append(start..<end)
                position += candidates[match].count
            } else {
                position += 1
            }
        }
        return found
    }

    /// cmark splits text at characters that might have opened markup (`[`, `!`, `*`…), so a phrase
    /// can straddle two text siblings; joining them first lets it be found.
    private static func mergedTextRuns(in document: OpaquePointer) -> [OpaquePointer] {
        var firstsOfRuns: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_TEXT else {
                continue
            }
            let previous = cmark_node_previous(node)
            if previous == nil || cmark_node_get_type(previous) != CMARK_NODE_TEXT { firstsOfRuns.append(node) }
        }
        for first in firstsOfRuns {
            var literal = literalText(of: first)
            while let next = cmark_node_next(first), cmark_node_get_type(next) == CMARK_NODE_TEXT {
                literal += literalText(of: next)
                cmark_node_free(next)  // also unlinks it
            }
            cmark_node_set_literal(first, literal)
        }
        return firstsOfRuns
    }

    /// Replaces a text node by text and custom-inline nodes; custom nodes are the one way to put
    /// markup into cmark's output that safe mode lets through, and only this code creates them.
    private static func wrap(phrases: [String], in textNode: OpaquePointer, opening: String, closing: String) {
        let literal = literalText(of: textNode)
        let matches = occurrences(of: phrases, in: literal)
        guard !matches.isEmpty else { return }
        var cursor = literal.startIndex
        for match in matches {
            if cursor < match.lowerBound { insertText(String(literal[cursor..<match.lowerBound]), before: textNode) }
            let mark = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(mark, opening)
            cmark_node_set_on_exit(mark, closing)
            let inner = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(inner, String(literal[match]))
            cmark_node_append_child(mark, inner)
            cmark_node_insert_before(textNode, mark)
            cursor = match.upperBound
        }
        if cursor < literal.endIndex { insertText(String(literal[cursor...]), before: textNode) }
        cmark_node_free(textNode)
    }

    private static func insertText(_ text: String, before sibling: OpaquePointer) {
        let node = cmark_node_new(CMARK_NODE_TEXT)
        cmark_node_set_literal(node, text)
        cmark_node_insert_before(sibling, node)
    }

    private static func literalText(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}
