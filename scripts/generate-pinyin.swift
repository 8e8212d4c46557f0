// Generates Sources/JingyanExtract/Resources/pinyin.txt: the toneless pinyin of every character
// of the CJK Unified Ideographs block, one line per character ("U+4E00 yi"), from ICU's
// Han-Latin transliteration. Shipping the table keeps slugs identical on every machine,
// whatever ICU version it has, and avoids creating a transliterator per name at run time.
//   swift scripts/generate-pinyin.swift > Sources/JingyanExtract/Resources/pinyin.txt
import Foundation

let scalars = (0x4E00...0x9FFF).compactMap(Unicode.Scalar.init)
let joined = scalars.map { String(Character($0)) }.joined(separator: "\n")
let latin = joined.applyingTransform(.mandarinToLatin, reverse: false)!
    .applyingTransform(.stripDiacritics, reverse: false)!
let syllables = latin.split(separator: "\n", omittingEmptySubsequences: false)
precondition(syllables.count == scalars.count, "transliteration changed the line count")
print("# Toneless pinyin of the CJK Unified Ideographs (U+4E00–U+9FFF), made by scripts/generate-pinyin.swift.")
for (scalar, syllable) in zip(scalars, syllables) {
    let ascii = syllable.lowercased().filter { $0.isASCII && $0.isLetter }
    if !ascii.isEmpty { print(String(format: "%04X", scalar.value), ascii) }
}
