import JingyanModel

/// One figure of a practice, as a comparison table shows it.
struct FigureView: Sendable, Encodable {
    /// The number as written, "约" before it when the text says 余, 多, 以上…
    var value: String
    var unit: String
    /// What is counted.
    var subject: String
    var period: String?
}

/// A practice's cells in a comparison table (`comparison-row`): its lead, its figures, the date
/// and the source it was printed in.
struct ComparisonRowView: Sendable, Encodable {
    var href: String
    var title: String
    /// Its place, which the place's first row shows in the table; paper shows it again on the
    /// place's other rows, which a page break can part from that first row.
    var placeName: String
    var figures: [FigureView]
    /// "2025年1月15日"; nil when its page is not dated.
    var date: String?
    /// `citation(of:)` of its article.
    var citation: String
}

/// A place's rows of a comparison table: the place heads the first and spans them all, so that
/// each place reads as one row of the table.
struct ComparisonPlace: Sendable, Encodable {
    var place: Link
    /// The place's articles that name the scheme when no practice there does: the rows are
    /// then those articles' practices. Empty otherwise.
    var namedInArticle: [Link]
    /// At least 1: a place whose article has no practice still has its row.
    var rowCount: Int
    var first: Fragment?
    var rest: [Fragment]
}

extension SitePages {
    /// The cells of a practice's row, as its fragment is rendered (`Fragments`).
    func comparisonRow(_ index: Int, from path: String) -> ComparisonRowView {
        let entry = model.practices[index]
        let article = model.articles[entry.articleIndex]
        return ComparisonRowView(
            href: relative(entry.path, from: path), title: shown(entry.title),
            placeName: shown(model.place(entry.place).name),
            figures: entry.practice.metrics.map { metric in
                FigureView(
                    value: Self.valueLabel(metric), unit: shown(metric.unit), subject: shown(metric.subject),
                    period: metric.period.map(shown))
            },
            date: article.provenance.date.flatMap(PageProvenance.chineseDate),
            citation: shown(citation(of: article)))
    }

    /// A place's practices on a mechanism page as rows of its comparison table; `figures` false
    /// on a category's page (`Fragments.briefRow`). The first row leaves out the place its
    /// practice cell repeats for paper: the row group's heading beside it names the place.
    func comparisonPlace(
        _ place: PlaceEntry, practices: [Int], namedInArticle: [Link], figures: Bool, from path: String
    ) -> ComparisonPlace {
        let linkRoot = linkRoot(from: path)
        let row = { (practice: Int) in
            figures
                ? fragments.row(of: practice, linkRoot: linkRoot) : fragments.briefRow(of: practice, linkRoot: linkRoot)
        }
        var rows = practices.map(row)
        for run in sourceRuns(of: practices, figures: figures) where run.count > 1 {
            rows[run.lowerBound] = rows[run.lowerBound].spanningSource(rows: run.count)
            for index in run.dropFirst() { rows[index] = rows[index].removingSource() }
        }
        return ComparisonPlace(
            place: Link(href: relative(place.path, from: path), label: place.name), namedInArticle: namedInArticle,
            rowCount: max(practices.count, 1), first: rows.first?.removingPlace(), rest: Array(rows.dropFirst()))
    }

    /// Rows of one article that follow each other share its source cell, the first row's, which
    /// spans them (`rowspan`): at most `sourceRunRows` rows and, on a scheme's page, as many
    /// figures as `sourceRunFigures`. On paper a cell is kept whole on a sheet (style.css), and
    /// so the rows it spans with it: a run stays well within a sheet.
    func sourceRuns(of practices: [Int], figures: Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        while start < practices.count {
            let article = model.practices[practices[start]].articleIndex
            var end = start + 1
            var count = figureCount(practices[start], figures: figures)
            while end < practices.count, end - start < Self.sourceRunRows,
                model.practices[practices[end]].articleIndex == article,
                count + figureCount(practices[end], figures: figures) <= Self.sourceRunFigures
            {
                count += figureCount(practices[end], figures: figures)
                end += 1
            }
            runs.append(start..<end)
            start = end
        }
        return runs
    }

    static let sourceRunRows = 6
    static let sourceRunFigures = 36

    private func figureCount(_ practice: Int, figures: Bool) -> Int {
        figures ? model.practices[practice].practice.metrics.count : 0
    }
}
