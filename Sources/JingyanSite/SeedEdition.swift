import JingyanModel

/// What the site was built from and "when", taken from the inputs only, never the clock, so that
/// the same input builds the same bytes: the seed pages the entries cite, what each gave, and the
/// newest date in their file names ("2024-05-10-一版.txt", "20240510_3.txt").
struct SeedEdition: Sendable {
    struct Page: Sendable {
        /// As the entries cite it: "seeds/000_x.txt".
        var file: String
        /// "YYYY-MM-DD" from the file name, when it holds one.
        var date: String?
        var articles = 0
        var practices = 0
        var metrics = 0
        var captions = 0
    }

    /// Newest first: see `isNewer`.
    var pages: [Page]

    init(articles: [Article], captions: [Caption]) {
        var pages: [String: Page] = [:]
        func page(_ file: String) -> Page { pages[file] ?? Page(file: file, date: Self.date(inFileName: file)) }
        for article in articles {
            var entry = page(article.source.file)
            entry.articles += 1
            entry.practices += article.practices.count
            entry.metrics += article.practices.reduce(0) { $0 + $1.metrics.count }
            pages[article.source.file] = entry
        }
        for caption in captions {
            var entry = page(caption.source.file)
            entry.captions += 1
            pages[caption.source.file] = entry
        }
        self.pages = pages.values.sorted(by: Self.isNewer)
    }

    /// The newest date among the pages, "YYYY-MM-DD"; nil when no file name holds one.
    var date: String? { pages.compactMap(\.date).max() }

    func page(_ file: String) -> Page? { pages.first { $0.file == file } }

    /// Dated pages before undated ones, later dates first, then by file name, later names first:
    /// pages numbered or dated in their names come out newest first.
    static func isNewer(_ left: Page, _ right: Page) -> Bool {
        if left.date != right.date { return (left.date ?? "") > (right.date ?? "") }
        return left.file > right.file
    }

    /// The first date in the file name (without folders) written as YYYY-MM-DD, YYYY_MM_DD,
    /// YYYY.MM.DD or YYYYMMDD, standing alone: not inside a longer run of letters or digits such
    /// as a hash.
    /// Scanned by hand: a Swift `Regex` here took a tenth of a preview rebuild.
    static func date(inFileName path: String) -> String? {
        let name = Array((path.split(separator: "/").last.map(String.init) ?? path).unicodeScalars)
        func isLetterOrDigit(_ at: Int) -> Bool {
            guard name.indices.contains(at) else { return false }
            return ("A"..."Z").contains(name[at]) || ("a"..."z").contains(name[at]) || ("0"..."9").contains(name[at])
        }
        /// The two-digit number at `at`, if both are digits.
        func number(_ at: Int) -> Int? {
            guard at + 1 < name.count, ("0"..."9").contains(name[at]), ("0"..."9").contains(name[at + 1]) else { return nil }
            return Int(name[at].value - 48) * 10 + Int(name[at + 1].value - 48)
        }
        for start in name.indices where !isLetterOrDigit(start - 1) {
            guard let century = number(start), century == 19 || century == 20, let year = number(start + 2) else { continue }
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
