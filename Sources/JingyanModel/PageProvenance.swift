/// Where a seed page was printed: the newspaper, the day (YYYY-MM-DD) and the page (版次), each
/// nil when the page does not say. Read from the page's sidecar file (`seeds/<page>.yml`) and
/// from a date in its file name; never made up.
public struct PageProvenance: Codable, Hashable, Sendable {
    public var publication: String?
    public var date: String?
    public var page: String?

    public init(publication: String? = nil, date: String? = nil, page: String? = nil) {
        self.publication = publication
        self.date = date
        self.page = page
    }

    public var isEmpty: Bool { publication == nil && date == nil && page == nil }

    /// "铜仁日报，2025年1月15日第3版": the parts known, for a citation.
    public var printed: String {
        let day = date.flatMap(Self.chineseDate) ?? ""
        let page = page.map { Self.pageLabel($0) } ?? ""
        return [publication, day + page].compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: "，")
    }

    /// "2025-01-15" → "2025年1月15日".
    public static func chineseDate(_ date: String) -> String? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }

    /// "3" → "第3版"; a label written out ("第3版", "A3版") as it is.
    public static func pageLabel(_ page: String) -> String {
        page.allSatisfy(\.isNumber) ? "第\(page)版" : page
    }

    /// The first date in the file name (without folders) written as YYYY-MM-DD, YYYY_MM_DD,
    /// YYYY.MM.DD or YYYYMMDD, standing alone: not inside a longer run of letters or digits such
    /// as a hash.
    /// Scanned by hand: it runs on every rebuild of the preview, where a Swift `Regex` is slow.
    public static func date(inFileName path: String) -> String? {
        let name = Array((path.split(separator: "/").last.map(String.init) ?? path).unicodeScalars)
        func isLetterOrDigit(_ at: Int) -> Bool {
            guard name.indices.contains(at) else { return false }
            return ("A"..."Z").contains(name[at]) || ("a"..."z").contains(name[at]) || ("0"..."9").contains(name[at])
        }
        /// The two-digit number at `at`, if both are digits.
        func number(_ at: Int) -> Int? {
            guard at + 1 < name.count, ("0"..."9").contains(name[at]), ("0"..."9").contains(name[at + 1]) else {
                return nil
            }
            return Int(name[at].value - 48) * 10 + Int(name[at + 1].value - 48)
        }
        for start in name.indices where !isLetterOrDigit(start - 1) {
            guard let century = number(start), century == 19 || century == 20, let year = number(start + 2) else {
                continue
            }
            var at = start + 4
            let separator = at < name.count && "-_.".unicodeScalars.contains(name[at]) ? name[at] : nil
            if separator != nil { at += 1 }
            guard let month = number(at), (1...12).contains(month) else { continue }
            at += 2
            if let separator {
                guard at < name.count, name[at] == separator else { continue }
                at += 1
            }
            guard let day = number(at), (1...31).contains(day), !isLetterOrDigit(at + 2) else { continue }
            func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return "\(century)\(twoDigits(year))-\(twoDigits(month))-\(twoDigits(day))"
        }
        return nil
    }
}
