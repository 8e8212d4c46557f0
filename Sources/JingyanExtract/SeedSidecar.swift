import Foundation
import JingyanModel
import Yams

/// A seed page's sidecar, `seeds/<page>.yml` beside `seeds/<page>.txt`: what the page is.
///
/// ```yaml
/// publication: 铜仁日报
/// date: 2025-01-15
/// page: 3          # or 第3版, A3
/// ```
/// Every key may be left out. Without a sidecar date, a date in the page's file name counts
/// ("2025-01-15-一版.txt").
public enum SeedSidecar {
    /// The keys a sidecar may have; each value is read as written (a number or a date too).
    static let keys: Set<String> = ["publication", "date", "page"]

    /// The sidecar beside a page: same name, `.yml`.
    public static func url(forPage page: URL) -> URL { page.deletingPathExtension().appendingPathExtension("yml") }

    /// What the page's sidecar and file name say of it. `name` is the page as messages show it.
    public static func provenance(ofPage page: URL, name: String) throws -> PageProvenance {
        var provenance = PageProvenance(date: PageProvenance.date(inFileName: page.lastPathComponent))
        let sidecar = url(forPage: page)
        guard let text = try? String(contentsOf: sidecar, encoding: .utf8) else { return provenance }
        let shown = String(name.dropLast(page.pathExtension.count)) + "yml"
        let file: [String: String]
        do {
            file = try YAMLDecoder().decode([String: String].self, from: text)
        } catch {
            throw ExtractionError.badDataFile(shown, "\(error)")
        }
        if let unknown = Set(file.keys).subtracting(keys).sorted().first {
            throw ExtractionError.badDataFile(
                shown, "unknown key '\(unknown)': a sidecar has publication, date and page")
        }
        if let date = file["date"] {
            guard PageProvenance.date(inFileName: date) == date else {
                throw ExtractionError.badDataFile(shown, "date: '\(date)' is not a day written YYYY-MM-DD")
            }
            provenance.date = date
        }
        provenance.publication = file["publication"].flatMap { $0.isEmpty ? nil : $0 }
        provenance.page = file["page"].flatMap { $0.isEmpty ? nil : $0 }
        return provenance
    }
}
