import JingyanSupport

/// How the site names mechanisms: which spellings of a named scheme are one scheme
/// (`aliases` of taxonomy.yml), and the address each mechanism's page gets.
public struct MechanismNaming: Sendable, Equatable {
    /// Canonical name → its other spellings.
    public let aliases: [String: [String]]
    /// Each other spelling → its canonical name.
    private let canonicalBySpelling: [String: String]
    /// Spells a name in ASCII ("红白理事会" → "hongbailishihui"): the pipeline hands over the
    /// extractor's pinyin table (`Slug.pinyin` in JingyanExtract), the one county folders are
    /// named with. Without it, pages are named by a hash of the mechanism's name.
    let romanizer: (@Sendable (String) -> String)?

    /// Slugs at most this long (before a collision's suffix): some schemes are a whole sentence.
    static let maxSlugLength = 48

    /// Names from the taxonomy's `aliases` (canonical name → other spellings); `romanizer` writes a
    /// name in the pinyin its address is made of.
    public init(aliases: [String: [String]] = [:], romanizer: (@Sendable (String) -> String)? = nil) {
        self.aliases = aliases
        self.romanizer = romanizer
        var canonical: [String: String] = [:]
        for (name, spellings) in aliases {
            for spelling in spellings where spelling != name { canonical[spelling] = name }
        }
        canonicalBySpelling = canonical
    }

    /// The romanizer is the bundled table whenever there is one: naming compares by its aliases.
    public static func == (lhs: MechanismNaming, rhs: MechanismNaming) -> Bool {
        lhs.aliases == rhs.aliases && (lhs.romanizer == nil) == (rhs.romanizer == nil)
    }

    /// The name a scheme's page and tags carry.
    func canonical(_ scheme: String) -> String { canonicalBySpelling[scheme] ?? scheme }

    /// The other spellings of a mechanism, sorted; none for a category.
    func spellings(of key: MechanismKey) -> [String] {
        key.kind == .scheme ? (aliases[key.name] ?? []).filter { $0 != key.name }.sorted() : []
    }

    /// A slug per key, the same for the same set of names on every build. A name's slug is its
    /// pinyin, one hyphen where the name had punctuation ("支部+红白理事会" →
    /// "zhibu-hongbailishihui"). Names whose slugs meet get their slug plus "-h" and
    /// six hex digits of their own name's hash — except one category among them, which keeps the
    /// plain slug: categories are few and named by the taxonomy, schemes come and go with the
    /// reports. The suffix depends only on the name, so a page's address changes only when a new
    /// name starts sharing its pinyin. A slug that ends in "-" and digits (a page number's shape),
    /// "index" (the list's page) and an empty one are always suffixed.
    func slugs(of keys: [MechanismKey]) -> [MechanismKey: String] {
        let bases = keys.map(baseSlug)
        var keysByBase: [String: [Int]] = [:]
        for (index, base) in bases.enumerated() { keysByBase[base, default: []].append(index) }
        var slugs: [MechanismKey: String] = [:]
        var used: Set<String> = []
        for (index, key) in keys.enumerated() {
            let sharing = keysByBase[bases[index]]!
            let ownsBase =
                sharing.count == 1
                || (key.kind == .category && sharing.filter { keys[$0].kind == .category }.count == 1)
            let plain = ownsBase && Self.isPlainUsable(bases[index])
            slugs[key] = plain ? bases[index] : Self.suffixed(bases[index], key: key, length: 6)
        }
        // Six hex digits of two names that share a pinyin could meet too: those take the whole hash.
        for key in keys.sorted() where !used.insert(slugs[key]!).inserted {
            slugs[key] = Self.suffixed(baseSlug(key), key: key, length: 16)
        }
        return slugs
    }

    private func baseSlug(_ key: MechanismKey) -> String {
        guard let romanizer else { return "\(key.kind == .scheme ? "s" : "c")-\(StableHash.hex(key.name))" }
        var parts: [String] = []
        var part = ""
        for character in key.name {
            let spelled = romanizer(String(character))
            if spelled.isEmpty {
                if !part.isEmpty { parts.append(part) }
                part = ""
            } else {
                part += spelled
            }
        }
        if !part.isEmpty { parts.append(part) }
        var slug = String(parts.first?.prefix(Self.maxSlugLength) ?? "")
        for part in parts.dropFirst() {
            guard slug.count + 1 + part.count <= Self.maxSlugLength else { break }
            slug += "-" + part
        }
        return slug
    }

    private static func isPlainUsable(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug != "index" else { return false }
        let tail = slug.reversed().prefix { $0.isASCII && $0.isNumber }
        return tail.isEmpty || tail.count == slug.count || slug.dropLast(tail.count).last != "-"
    }

    private static func suffixed(_ base: String, key: MechanismKey, length: Int) -> String {
        let hash = String(StableHash.hex("\(key.kind.rawValue):\(key.name)").prefix(length))
        return base.isEmpty ? "m-h\(hash)" : "\(base)-h\(hash)"
    }
}
