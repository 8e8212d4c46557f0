import JingyanModel

extension ArticleReader {
    /// The sections without the figures a box of figures repeats: a box after a body ("数说" /
    /// "调解纠纷326件") often restates the body's figures ("共调解纠纷326件"). An entry
    /// of the box — a sentence that is only a label and a figure (`LineRoleReader.isFigureEntry`)
    /// — whose value and unit a sentence of the article states already is no second metric; a
    /// box whose figures the body does not state keeps them.
    static func droppingRepeatedBoxFigures(_ sections: [Section]) -> [Section] {
        let metrics = sections.flatMap(\.practices).flatMap(\.metrics)
        let entries = metrics.map { LineRoleReader.isFigureEntry($0.sentence) }
        guard entries.contains(true) else { return sections }
        let stated = Set(metrics.indices.filter { !entries[$0] }.map { StatedFigure(metrics[$0]) })
        var position = 0  // into `metrics` and `entries`, in the sections' order
        return sections.map { section in
            var section = section
            for index in section.practices.indices {
                let isEntry = entries[position..<(position + section.practices[index].metrics.count)]
                position += isEntry.count
                section.practices[index].metrics = zip(section.practices[index].metrics, isEntry).filter {
                    !($0.1 && stated.contains(StatedFigure($0.0)))
                }.map(\.0)
            }
            return section
        }
    }

    /// What two metrics share when one restates the other.
    struct StatedFigure: Hashable {
        var value: Quantity
        var unit: String

        init(_ metric: Metric) {
            value = metric.value
            unit = metric.unit
        }
    }
}
