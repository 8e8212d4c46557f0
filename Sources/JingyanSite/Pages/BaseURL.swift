import Foundation

/// Where a published site lives, from `jingyan build --base-url`. Only canonical links, the
/// sitemap, the feed and the 404 page use it; every other link stays relative.
public struct BaseURL: Sendable, Equatable {
    /// Absolute, ending in "/": "https://intranet.example/kb/".
    public let absolute: String
    /// The path part, ending in "/": "/kb/". The 404 page links with it, since a server shows that
    /// page at whatever depth the missing address had.
    public let path: String

    /// An address that is not an absolute http(s) URL without query or fragment.
    public struct Invalid: Error, CustomStringConvertible {
        public var given: String
        public var description: String {
            """
            --base-url \(given): give the absolute http(s) address the site is \
            published at, such as https://intranet.example/kb/ (no query or fragment)
            """
        }
    }

    /// Reads `--base-url`: an absolute http(s) address, without query or fragment; throws `Invalid`.
    public init(_ given: String) throws {
        guard let components = URLComponents(string: given),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil,
            // Markup and XML get it escaped, but a quote or space in an address is a mistake.
            !given.contains(where: { $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" || $0.isWhitespace })
        else { throw Invalid(given: given) }
        let path = components.path.hasSuffix("/") ? components.path : components.path + "/"
        var normalized = components
        normalized.scheme = scheme
        normalized.path = path
        guard let absolute = normalized.string else { throw Invalid(given: given) }
        self.absolute = absolute
        self.path = path
    }

    /// The address of a file given by its path relative to the site root.
    public func address(of sitePath: String) -> String { absolute + sitePath }
}
