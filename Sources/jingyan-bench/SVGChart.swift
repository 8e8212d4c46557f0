import Foundation
import JingyanSupport

/// A point of a series, in the units of its panel.
struct ChartPoint: Equatable {
    var x: Double
    var y: Double
}

/// A line of points in one colour, solid or dashed, named in the legend.
struct ChartSeries: Equatable {
    var name: String
    var color: String
    var dashed: Bool
    var points: [ChartPoint]
}

/// One small plot: a title, its y scale, and the series drawn on the shared x scale.
struct ChartPanel: Equatable {
    var title: String
    var logarithmicY: Bool
    var series: [ChartSeries]
}

/// Where values fall along an axis: linear from 0, or logarithmic over whole decades.
struct ChartScale: Equatable {
    var lower: Double
    var upper: Double
    var logarithmic: Bool

    /// Whole decades around the positive values (one at least), or 0 to a round value at or
    /// above the largest.
    static func fitting(_ values: [Double], logarithmic: Bool) -> ChartScale {
        if logarithmic {
            let positive = values.filter { $0 > 0 }
            let lower = (positive.min().map { log10($0).rounded(.down) } ?? 0)
            let upper = max(positive.max().map { log10($0).rounded(.up) } ?? 1, lower + 1)
            return ChartScale(lower: pow(10, lower), upper: pow(10, upper), logarithmic: true)
        }
        let largest = values.max() ?? 0
        guard largest > 0 else { return ChartScale(lower: 0, upper: 1, logarithmic: false) }
        let step = pow(10, log10(largest).rounded(.down))
        return ChartScale(lower: 0, upper: (largest / step).rounded(.up) * step, logarithmic: false)
    }

    /// 0 at `lower`, 1 at `upper`.
    func fraction(_ value: Double) -> Double {
        logarithmic ? log10(value / lower) / log10(upper / lower) : (value - lower) / (upper - lower)
    }

    /// Each decade (logarithmic), or four or five round steps (linear).
    var ticks: [Double] {
        if logarithmic {
            let decades = Int(log10(upper / lower).rounded())
            return (0...decades).map { lower * pow(10, Double($0)) }
        }
        let unit = pow(10, log10(upper).rounded(.down))
        let step = [unit / 5, unit / 2, unit, unit * 2].first { upper / $0 <= 5 } ?? unit * 5
        return stride(from: 0, through: upper * 1.000_001, by: step).map { $0 }
    }
}

/// Panels side by side as one self-contained SVG, with the legend under them. The same panels
/// give the same text: fixed sizes, numbers printed with fixed decimals, no dates.
struct SVGChart {
    var panels: [ChartPanel]
    /// The x axis every panel shares (practices, logarithmic).
    var xTitle: String

    static let panelWidth = 250.0
    static let panelHeight = 220.0
    static let legendHeight = 24.0

    var render: String {
        let width = Self.panelWidth * Double(max(panels.count, 1))
        let height = Self.panelHeight + Self.legendHeight
        let xScale = ChartScale.fitting(panels.flatMap { $0.series.flatMap { $0.points.map(\.x) } }, logarithmic: true)
        var lines = [
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))" font-family="sans-serif" font-size="11">
            """,
            "<rect width=\"\(n(width))\" height=\"\(n(height))\" fill=\"white\"/>",
        ]
        for (index, panel) in panels.enumerated() {
            lines.append("<g transform=\"translate(\(n(Self.panelWidth * Double(index))),0)\">")
            lines += panelLines(panel, xScale: xScale)
            lines.append("</g>")
        }
        lines += legendLines(y: height - 8)
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Frame, grid, tick labels, title and series of one panel, in its own coordinates.
    func panelLines(_ panel: ChartPanel, xScale: ChartScale) -> [String] {
        let frame = PlotFrame()
        let values = panel.series.flatMap { $0.points.map(\.y) }
        let yScale = ChartScale.fitting(values, logarithmic: panel.logarithmicY)
        var lines = [
            "<text x=\"\(n(frame.left))\" y=\"16\" font-weight=\"bold\">\(HTMLEscaping.escaped(panel.title))</text>"
        ]
        for tick in xScale.ticks {
            let x = frame.x(xScale.fraction(tick))
            lines.append(line(x, frame.top, x, frame.bottom, stroke: "#dddddd"))
            lines.append(text(countText(tick), x: x, y: frame.bottom + 14, anchor: "middle"))
        }
        for tick in yScale.ticks {
            let y = frame.y(yScale.fraction(tick))
            lines.append(line(frame.left, y, frame.right, y, stroke: "#dddddd"))
            lines.append(text(String(format: "%g", tick), x: frame.left - 4, y: y + 4, anchor: "end"))
        }
        lines.append(line(frame.left, frame.bottom, frame.right, frame.bottom, stroke: "#333333"))
        lines.append(line(frame.left, frame.top, frame.left, frame.bottom, stroke: "#333333"))
        lines.append(text(xTitle, x: (frame.left + frame.right) / 2, y: frame.bottom + 30, anchor: "middle"))
        for series in panel.series {
            let shown = series.points.filter { !panel.logarithmicY || $0.y > 0 }.sorted { $0.x < $1.x }
            let places = shown.map { (frame.x(xScale.fraction($0.x)), frame.y(yScale.fraction($0.y))) }
            let dash = series.dashed ? " stroke-dasharray=\"5,3\"" : ""
            lines.append(
                "<polyline fill=\"none\" stroke=\"\(series.color)\" stroke-width=\"2\"\(dash) points=\""
                    + places.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ") + "\"/>")
            lines += places.map { "<circle cx=\"\(n($0.0))\" cy=\"\(n($0.1))\" r=\"3\" fill=\"\(series.color)\"/>" }
        }
        return lines
    }

    /// Each series name once, in the order first drawn, with its colour.
    func legendLines(y: Double) -> [String] {
        var seen: [String] = []
        var lines: [String] = []
        for series in panels.flatMap(\.series) where !seen.contains(series.name) {
            let x = PlotFrame().left + 120 * Double(seen.count)
            seen.append(series.name)
            let dash = series.dashed ? " stroke-dasharray=\"5,3\"" : ""
            lines.append(
                "<line x1=\"\(n(x))\" y1=\"\(n(y - 4))\" x2=\"\(n(x + 20))\" y2=\"\(n(y - 4))\" "
                    + "stroke=\"\(series.color)\" stroke-width=\"2\"\(dash)/>")
            lines.append(text(series.name, x: x + 26, y: y, anchor: "start"))
        }
        return lines
    }

    /// The plot area inside a panel, y growing upwards.
    struct PlotFrame {
        var left = 52.0
        var right = SVGChart.panelWidth - 14
        var top = 30.0
        var bottom = SVGChart.panelHeight - 42

        func x(_ fraction: Double) -> Double { left + fraction * (right - left) }
        func y(_ fraction: Double) -> Double { bottom - fraction * (bottom - top) }
    }

    func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\"/>"
    }

    func text(_ content: String, x: Double, y: Double, anchor: String) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(HTMLEscaping.escaped(content))</text>"
    }

    /// Coordinates with one decimal: enough for a pixel, the same on every machine.
    func n(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Practices as ticks read them: 1000 → "1k", 1000000 → "1M", 500 → "500".
    func countText(_ value: Double) -> String {
        if value >= 1e6 { return String(format: "%gM", value / 1e6) }
        if value >= 1e3 { return String(format: "%gk", value / 1e3) }
        return String(format: "%g", value)
    }

}
