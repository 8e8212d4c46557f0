import Foundation
import JingyanSupport

/// Parts that many pages repeat, each rendered once and pasted as HTML: a county or mechanism
/// page lists hundreds of cards.
///
/// A fragment's links lead back to the site root through `linkRoot`, a marker replaced by the
/// page's own way back ("../", "../../") when it is pasted, so one copy serves every folder
/// depth: a copy per depth held 300 MB at 100k entries. The marker is a Unicode noncharacter,
/// which `SitePages.shown` takes out of the text a fragment shows.
struct Fragments: Sendable {
    static let linkRoot = String(decoding: [0xEF, 0xB7, 0x90], as: UTF8.self)  // U+FDD0, which a literal cannot hold
    /// Card of each practice, indexed like `SiteModel.practices`.
    private var cards: [String] = []
    /// Comparison-table cells of each practice (`comparison-row`), indexed like `cards`: a
    /// practice is a row on the page of each of its mechanisms.
    private var rows: [String] = []
    /// Tag of each mechanism, indexed like `SiteModel.mechanisms`.
    private var tags: [String] = []
    private var model: SiteModel?

    /// Which fragments of the practices are rendered: the tags always are. Place and article
    /// pages paste the cards, mechanism pages the rows; a build that keeps no state renders the
    /// ones and then the others, each holding only the fragments they need (the cards a few
    /// places at a time: `keepCards`).
    struct Parts: OptionSet {
        let rawValue: Int
        static let cards = Parts(rawValue: 1)
        static let rows = Parts(rawValue: 2)
        static let all: Parts = [.cards, .rows]
    }

    init() {}

    init(pages: SitePages, renderer: PageRenderer, parts: Parts = .all) throws {
        let model = pages.model
        self.model = model
        var pages = pages
        pages.fragmentLinkRoot = Self.linkRoot
        let path = "fragment.html"
        tags = try model.mechanisms.map { mechanism in
            try renderer.render(pages.tagView(mechanism.key, from: path), template: "tag", for: path)
        }
        pages.fragments = self
        if parts.contains(.cards) {
            cards = try Concurrent.map(model.practices.count) { [pages] index in
                try Self.card(of: index, pages: pages, renderer: renderer)
            }
        }
        if parts.contains(.rows) {
            rows = try Concurrent.map(model.practices.count) { [pages] index in
                try Self.row(of: index, pages: pages, renderer: renderer)
            }
        }
    }

    /// The cards of `practices` alone, in place of the cards held before; the others are empty.
    /// A card is pasted only on the pages of its place and its article, so these can be rendered
    /// with the cards of their practices, and those freed (`dropCards`).
    mutating func keepCards(of practices: [Int], pages: SitePages, renderer: PageRenderer) throws {
        var pages = pages
        pages.fragmentLinkRoot = Self.linkRoot
        pages.fragments = self
        let rendered = try practices.concurrentMap { [pages] in try Self.card(of: $0, pages: pages, renderer: renderer)
        }
        cards = [String](repeating: "", count: pages.model.practices.count)
        for (practice, card) in zip(practices, rendered) { cards[practice] = card }
    }

    mutating func dropCards() { cards = [] }

    private static func row(of practice: Int, pages: SitePages, renderer: PageRenderer) throws -> String {
        let path = "fragment.html"
        return try renderer.render(pages.comparisonRow(practice, from: path), template: "comparison-row", for: path)
    }

    private static func card(of practice: Int, pages: SitePages, renderer: PageRenderer) throws -> String {
        let path = "fragment.html"
        return try renderer.render(
            pages.summary(pages.model.practices[practice], from: path), template: "practice-card", for: path)
    }

    /// After an edit that kept the practices and mechanisms (`SiteBuilder.update`): the model of
    /// `pages` taken, the cards and rows of `practices` rendered again. Returns those whose card
    /// or row changed.
    mutating func update(cards practices: [Int], pages: SitePages, renderer: PageRenderer) throws -> Set<Int> {
        model = pages.model
        var pages = pages
        pages.fragmentLinkRoot = Self.linkRoot
        pages.fragments = self
        let newCards = try Concurrent.map(practices.count) { [pages] in
            try Self.card(of: practices[$0], pages: pages, renderer: renderer)
        }
        let newRows = try Concurrent.map(practices.count) { [pages] in
            try Self.row(of: practices[$0], pages: pages, renderer: renderer)
        }
        var changed = Set<Int>()
        for (number, practice) in practices.enumerated()
        where cards[practice] != newCards[number] || rows[practice] != newRows[number] {
            cards[practice] = newCards[number]
            rows[practice] = newRows[number]
            changed.insert(practice)
        }
        return changed
    }

    func card(of practice: Int, linkRoot: String) -> Fragment { Self.paste(cards[practice], linkRoot: linkRoot) }

    func row(of practice: Int, linkRoot: String) -> Fragment { Self.paste(rows[practice], linkRoot: linkRoot) }

    /// A row without its figures cell, its second, for a category's page: a category spans many
    /// schemes, and its rows are read to find the practices; their figures are on each scheme's
    /// page and on the practice's own. Cells' text is escaped, so each `<td` opens a cell (the
    /// row leaves out the end tags the next cell implies).
    func briefRow(of practice: Int, linkRoot: String) -> Fragment {
        let row = rows[practice]
        guard let second = row.range(of: "<td", range: row.index(after: row.startIndex)..<row.endIndex),
            let third = row.range(of: "<td", range: second.upperBound..<row.endIndex)
        else { return Self.paste(row, linkRoot: linkRoot) }
        return Self.paste(String(row[..<second.lowerBound] + row[third.lowerBound...]), linkRoot: linkRoot)
    }

    func tag(of mechanism: MechanismKey, linkRoot: String) -> Fragment {
        Self.paste(tags[model!.mechanismIndex(mechanism)], linkRoot: linkRoot)
    }

    /// The fragment with its marker replaced (left as it is inside another fragment).
    static func paste(_ html: String, linkRoot: String) -> Fragment {
        guard linkRoot != Self.linkRoot else { return Fragment(html: html) }
        var html = html
        let pasted = html.withUTF8 { bytes in
            var pasted: [UInt8] = []
            pasted.reserveCapacity(bytes.count + 64)
            var copied = 0
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xEF, bytes[index + 1] == 0xB7, bytes[index + 2] == 0x90 {  // U+FDD0
                    pasted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    pasted.append(contentsOf: linkRoot.utf8)
                    index += 3
                    copied = index
                } else {
                    index += 1
                }
            }
            pasted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return pasted
        }
        return Fragment(html: String(decoding: pasted, as: UTF8.self))
    }
}

extension Fragment {
    /// The comparison row with its last cell, the source, spanning `rows` rows: those after it
    /// are of the same article (`removingSource`). A fragment's text is escaped, so the last
    /// `<td>` opens the source.
    func spanningSource(rows: Int) -> Fragment {
        guard let source = html.range(of: "<td>", options: .backwards) else { return self }
        return Fragment(html: html.replacingCharacters(in: source, with: "<td rowspan=\"\(rows)\">"))
    }

    /// The comparison row without its source cell, which the row above spans.
    func removingSource() -> Fragment {
        guard let source = html.range(of: "<td>", options: .backwards) else { return self }
        return Fragment(html: String(html[..<source.lowerBound]))
    }

    /// The comparison row without the place its first cell opens with, a `<span>` without
    /// attributes (shown on paper, where a sheet break can part a row from its place's heading),
    /// and the line break after it. A fragment's text is escaped and the span holds no other, so
    /// the first `</span>` after it closes it.
    func removingPlace() -> Fragment {
        guard let start = html.range(of: "<span>"),
            var end = html.range(of: "</span>", range: start.upperBound..<html.endIndex)?.upperBound
        else { return self }
        if end < html.endIndex, html[end] == "\n" { end = html.index(after: end) }
        return Fragment(html: String(html[..<start.lowerBound] + html[end...]))
    }
}
