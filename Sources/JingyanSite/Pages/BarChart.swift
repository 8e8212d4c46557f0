import JingyanSupport

/// Horizontal bar charts drawn as inline SVG at build time: no chart library, nothing to load.
enum BarChart {
    struct Bar: Sendable {
        var label: String
        var value: Double
        var valueLabel: String
    }

    /// A value that may become a bar: only the few drawn get a label, so a corpus of hundreds
    /// of thousands of metrics does not make as many label strings.
    struct Candidate: Sendable {
        var value: Double
        /// Candidates of one group share a chart: the unit without 万/亿.
        var group: String
        /// The place reporting it: a chart needs more than one to compare.
        var place: String
        /// Passed back to make the bar.
        var source: Int
    }

    static let maximumBars = 12
    /// The page stays the same size however many units the corpus has.
    static let maximumCharts = 8

    /// One chart per unit that more than one place reports, the largest values first. Comparing
    /// is the point, so a unit only one place uses gets no chart. Only the `maximumCharts` units
    /// with the most values are drawn; `comparableUnits` counts them all. The candidates are
    /// taken as they come and only each unit's largest are kept (`Group`): there is one for
    /// every metric of the base.
    static func comparisons(
        of candidates: some Sequence<Candidate>, bar: (_ source: Int) -> Bar
    ) -> (charts: [Chart], comparableUnits: Int) {
        var groups: [String: Group] = [:]
        for candidate in candidates { groups[candidate.group, default: Group()].add(candidate) }
        groups = groups.filter(\.value.manyPlaces)
        let drawn = groups.keys.sorted { (groups[$0]!.count, $1) > (groups[$1]!.count, $0) }.prefix(maximumCharts)
        let charts = drawn.map { unit in
            let largest = groups[unit]!.largest.map { bar($0.source) }
            let title = "按“\(unit)”比较"
            return Chart(title: title, svgHTML: svg(title: title, bars: largest))
        }
        return (charts, groups.count)
    }

    /// What a chart needs of the candidates of one unit: how many there are, whether more than
    /// one place reports them, and the `maximumBars` largest, largest first and, among equal
    /// values, the one that came first.
    struct Group {
        var count = 0
        var manyPlaces = false
        var largest: [Candidate] = []
        private var firstPlace: String?

        mutating func add(_ candidate: Candidate) {
            count += 1
            if let firstPlace {
                if candidate.place != firstPlace { manyPlaces = true }
            } else {
                firstPlace = candidate.place
            }
            let at = largest.firstIndex { $0.value < candidate.value } ?? largest.count
            guard at < BarChart.maximumBars else { return }
            largest.insert(candidate, at: at)
            if largest.count > BarChart.maximumBars { largest.removeLast() }
        }
    }

    /// Labels left, bars in the middle, values right; sizes in SVG units, scaled by CSS.
    static func svg(title: String, bars: [Bar]) -> String {
        let width = 760.0
        let labelWidth = 300.0
        let valueWidth = 110.0
        let rowHeight = 26.0
        let barHeight = 16.0
        let barSpace = width - labelWidth - valueWidth
        let largest = bars.map(\.value).max() ?? 0
        let height = rowHeight * Double(bars.count) + 8
        var svg = """
            <svg class="bar-chart" xmlns="http://www.w3.org/2000/svg" \
            viewBox="0 0 \(format(width)) \(format(height))" role="img" aria-label="\(HTMLEscaping.escaped(title))">
            """
        for (row, bar) in bars.enumerated() {
            let top = 4 + rowHeight * Double(row)
            let length = largest > 0 ? max(1, barSpace * bar.value / largest) : 1
            let middle = format(top + rowHeight / 2)
            svg += "<g><title>\(HTMLEscaping.escaped("\(bar.label)：\(bar.valueLabel)"))</title>"
            svg += """
                <text class="bar-label" x="\(format(labelWidth - 8))" y="\(middle)" text-anchor="end" \
                dominant-baseline="middle">\(HTMLEscaping.escaped(shortened(bar.label)))</text>
                """
            svg += """
                <rect class="bar" x="\(format(labelWidth))" y="\(format(top + (rowHeight - barHeight) / 2))" \
                width="\(format(length))" height="\(format(barHeight))" rx="2"/>
                """
            svg += """
                <text class="bar-value" x="\(format(labelWidth + length + 6))" y="\(middle)" \
                dominant-baseline="middle">\(HTMLEscaping.escaped(bar.valueLabel))</text></g>
                """
        }
        return svg + "</svg>"
    }

    static func shortened(_ label: String, to length: Int = 20) -> String {
        label.count > length ? String(label.prefix(length - 1)) + "…" : label
    }

    /// One decimal at most, so the SVG text is the same on every platform.
    static func format(_ number: Double) -> String {
        let tenths = (number * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
