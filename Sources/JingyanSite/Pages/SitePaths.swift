import JingyanSupport

/// Where each page lives, relative to the site root. Every link in the site is made from these by
/// `relativeRoot(from:)`, so the site works at any URL prefix and from `file://`.
public enum SitePaths {
    static let home = "index.html"
    static let search = "search.html"
    static let about = "about.html"
    /// What nginx (`error_page`), IIS and most hosts show for a missing address.
    static let notFound = "404.html"
    static let sitemap = "sitemap.xml"
    static let feed = "feed.xml"
    static let metrics = "metrics.html"
    static let mechanisms = "mechanisms/index.html"
    static let places = "places/index.html"
    static let entriesExport = "data/entries.json.gz"
    /// The metrics page's button that makes the CSV of every metric (metrics.js).
    static let metricsExport = "metrics.html#metrics-csv"
    static let assets = "assets/"
    /// In every built site: tells a folder `build` may replace from one it must not touch.
    public static let marker = ".jingyan-site"

    static func place(_ key: PlaceKey) -> String {
        let county = fileName(key.countySlug)
        guard let township = key.townshipSlug else { return "places/\(county).html" }
        return "places/\(county)/\(fileName(township)).html"
    }

    /// A place's page; pages after the first end in their number, as a mechanism's do.
    static func place(_ key: PlaceKey, page: Int) -> String {
        let first = place(key)
        return page > 1 ? String(first.dropLast(".html".count)) + "-\(page).html" : first
    }

    static func practice(id: String) -> String { "practices/\(fileName(id)).html" }

    static func article(id: String) -> String { "articles/\(fileName(id)).html" }

    /// A mechanism's page, by its slug (`MechanismNaming.slugs`, which no page number's "-2" can
    /// meet); pages after the first end in their number.
    static func mechanism(slug: String, page: Int = 1) -> String {
        "mechanisms/\(slug)\(page > 1 ? "-\(page)" : "").html"
    }

    /// "../" once per folder level of `path`, so links from that page reach the site root.
    static func relativeRoot(from path: String) -> String {
        String(repeating: "../", count: depth(of: path))
    }

    /// How many folders down from the site root `path` is.
    static func depth(of path: String) -> Int {
        path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }

    /// Identifiers made of ASCII letters, digits, "-", "_" and "." are used as they are;
    /// anything else is replaced by a hash, so no file name needs URL escaping.
    static func fileName(_ identifier: String) -> String {
        let safe =
            !identifier.isEmpty && !identifier.hasPrefix(".")
            && identifier.unicodeScalars.allSatisfy { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": true
                default: false
                }
            }
        return safe ? identifier : "x-\(hexHash(identifier))"
    }

    static func hexHash(_ text: String) -> String { StableHash.hex(text) }
}
