import Foundation
import JingyanSupport

/// What a practice page's neighbours are drawn from (`site.js`): for each mechanism, a script
/// `data/near/<slug>.js` with its first practices — index, path, title, place name and place
/// path — shared by every practice page that names the mechanism, where each page used to list
/// its twelve neighbours itself. A script holds at most `practicesPerScript`, whatever the base.
enum NeighbourData {
    /// The function each script calls (`site.js` defines it on practice pages).
    static let registration = "JINGYAN_NEAR"
    /// A scheme's first 48 practices of other places are a neighbour's candidates (`site.js`):
    /// these leave room for the page's own place's among the first.
    static let practicesPerScript = 64

    static func path(of mechanism: MechanismEntry) -> String { "data/near/\(mechanism.slug).js" }

    static func javaScript(of mechanism: MechanismEntry, model: SiteModel) -> Data {
        var out = ScriptJSON()
        out.raw(registration + "(")
        out.string(mechanism.slug)
        out.raw(",")
        out.string(mechanism.key.name)
        out.raw(",[")
        for (position, index) in mechanism.practiceIndices.prefix(practicesPerScript).enumerated() {
            let entry = model.practices[index]
            let place = model.place(entry.place)
            out.raw(position == 0 ? "[" : ",\n[")
            out.int(index)
            for text in [entry.path, entry.title, place.name, place.path] {
                out.raw(",")
                out.string(text)
            }
            out.raw("]")
        }
        out.raw("]);\n")
        return Data(out.bytes)
    }

    /// The scripts of `mechanisms` (indices into `model.mechanisms`), written on all cores.
    static func write(_ mechanisms: [Int], model: SiteModel, to sink: some SiteSink) throws {
        _ = try Concurrent.map(mechanisms.count) { number in
            let mechanism = model.mechanisms[mechanisms[number]]
            try sink.write(javaScript(of: mechanism, model: model), to: path(of: mechanism))
        }
    }
}
