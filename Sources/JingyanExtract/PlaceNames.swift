import JingyanLayout

/// The place names the segmenter looks for in short lines and bodies: the gazetteer's counties
/// and prefectures (full and short names), and any Han name before a county or township suffix.
struct PlaceNames: Sendable {
    let gazetteer: Gazetteer
    let lexicon: Lexicon
    /// Full and short names of the gazetteer's places.
    let known: KeywordIndex
    let knownNames: [String]
    /// What a known name counts for in a signature: its short name, or, for a prefecture, its
    /// own short name and those of its counties.
    let signatureNames: [[String]]

    init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        var names: [String] = []
        var signatures: [[String]] = []
        for county in gazetteer.counties {
            for name in [county.name, county.short] {
                names.append(name)
                signatures.append([county.short])
            }
        }
        if let prefecture = gazetteer.prefecture {
            for name in [prefecture.name, prefecture.short] {
                names.append(name)
                signatures.append([prefecture.short] + gazetteer.counties.map(\.short))
            }
        }
        knownNames = names
        signatureNames = signatures
        known = KeywordIndex(keywords: names)
    }

    /// A county's or prefecture's name or short name, maybe followed by a township's short name
    /// ("某县某镇", "某某"), or a township's full name.
    func isPlaceTag(_ text: String) -> Bool {
        // Han only, so scalars are Characters: counting them needs no grapheme breaking.
        guard text.utf8.count <= 40, text.unicodeScalars.allSatisfy(Typography.isHan), text.unicodeScalars.count <= 10
        else { return false }
        if gazetteer.county(named: text) != nil || text == gazetteer.prefecture?.short || text == gazetteer.prefecture?.name {
            return true
        }
        if let county = gazetteer.county(prefixing: text) {
            let rest = text.dropFirst(text.hasPrefix(county.name) ? county.name.count : county.short.count)
            return (2...5).contains(rest.count)
        }
        return lexicon.townshipSuffixes.contains { text.hasSuffix($0) } && text.count <= 6
    }

    /// True when the text names a place: a known one, or a name before a county or township suffix.
    func namesPlace(_ text: String) -> Bool { !signature(of: text).isEmpty }

    /// The short names of the places a text names: known places, and Han names of two or three
    /// characters before an administrative suffix ("某某县", "某某镇").
    func signature(of text: String) -> Set<String> {
        var names = Set<String>()
        known.forEachOccurrence(in: text[...]) { keyword, _ in
            names.formUnion(signatureNames[keyword])
            return true
        }
        for name in suffixedNames(in: text) { names.insert(name) }
        return names
    }

    /// "平阳县闹村乡" → 平阳, 闹村: the two characters before each county or township suffix.
    func suffixedNames(in text: String) -> [String] {
        let characters = Array(text)
        var names: [String] = []
        let suffixes = Set((lexicon.countySuffixes + lexicon.townshipSuffixes).compactMap { $0.count == 1 ? $0.first : nil })
        for (index, character) in characters.enumerated() where index >= 2 && suffixes.contains(character) {
            let core = characters[(index - 2)..<index]
            guard core.allSatisfy({ $0.unicodeScalars.allSatisfy(Typography.isHan) }),
                !core.contains(where: lexicon.functionCharacters.contains),
                !lexicon.notTownships.contains(where: { String(core).hasPrefix($0) || String(core).hasSuffix($0) })
            else { continue }
            names.append(String(core))
        }
        return names
    }

    /// How often the names occur in the text.
    func count(_ names: Set<String>, in text: String) -> Int {
        guard !names.isEmpty else { return 0 }
        return KeywordIndex(keywords: Array(names)).counts(in: text[...]).reduce(0, +)
    }
}
