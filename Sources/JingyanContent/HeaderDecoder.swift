import Yams

/// Decodes a header from a `HeaderTree` as Yams' `YAMLDecoder` would from the same YAML: each
/// scalar type converts through its Yams `ScalarConstructible` conformance, given the scalar as
/// Yams' parser builds it (text, style, tag, the loader's resolver). It only
/// needs to succeed where Yams does: on any error `ContentLoader` asks Yams, whose messages it
/// reports.
struct HeaderDecoder: Decoder, SingleValueDecodingContainer {
    let tree: HeaderTree
    /// The path of the container that holds the value, and the value's key in it: joined only
    /// when asked for, which nothing on the way to a header does: no new array for every field.
    let containerPath: [any CodingKey]
    let key: (any CodingKey)?
    var codingPath: [any CodingKey] { key.map { containerPath + [$0] } ?? containerPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Shared by a whole header: `Constructor.default` builds its tables on every access.
    let constructor: Constructor

    struct Mismatch: Error {}

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let entries) = tree else { throw Mismatch() }
        return KeyedDecodingContainer(
            KeyedHeader<Key>(entries: entries, codingPath: codingPath, constructor: constructor))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = tree else { throw Mismatch() }
        return UnkeyedHeader(items: items, codingPath: codingPath, constructor: constructor)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: Single value

    func decodeNil() -> Bool { tree.isNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try value(type) }

    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self {  // most values; String.construct returns the text as it is
            guard case .scalar(let text, _) = tree else { throw Mismatch() }
            return text as! T
        }
        if case .scalar(let text, .plain) = tree, let number = Self.plainNumber(text, as: type) { return number }
        guard let constructible = type as? any ScalarConstructible.Type else { return try T(from: self) }
        guard case .scalar(let text, let style) = tree else { throw Mismatch() }
        // Yams tags a quoted scalar `str` (so 'false' is no Bool) and leaves a plain one to its resolver.
        let scalar = Node.Scalar(
            text, Tag(style == .plain ? .implicit : .str, ContentLoader.headerResolver, constructor), style)
        guard let value = constructible.construct(from: scalar) as? T else { throw Mismatch() }
        return value
    }

    /// A plain scalar as a `Double` or an `Int`, when Yams' conversion would come to Swift's own
    /// parse of the text: for a Double, digits, signs, points and exponents (no '_' or ':', which
    /// Yams reads as digit groups and base 60, and none of the letters of .inf and .nan); for an
    /// Int, digits without a leading 0 (octal to Yams). Nil for anything else, which Yams converts.
    /// Yams lowercases the text and looks for '_' and ':' through Foundation first.
    static func plainNumber<T>(_ text: String, as type: T.Type) -> T? {
        if T.self == Double.self {
            let isFloatText = text.utf8.allSatisfy {
                (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E || $0 | 0x20 == 0x65
            }
            return isFloatText ? Double(text) as? T : nil
        }
        if T.self == Int.self {
            guard let first = text.utf8.first, first != 0x30 || text.utf8.count == 1,
                text.utf8.allSatisfy({ (0x30...0x39).contains($0) })
            else { return nil }
            return Int(text) as? T
        }
        return nil
    }

    func decode(_ type: Bool.Type) throws -> Bool { try value(type) }
    func decode(_ type: String.Type) throws -> String { try value(type) }
    func decode(_ type: Double.Type) throws -> Double { try value(type) }
    func decode(_ type: Float.Type) throws -> Float { try value(type) }
    func decode(_ type: Int.Type) throws -> Int { try value(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try value(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try value(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try value(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try value(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try value(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try value(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try value(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try value(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try value(type) }
}

private struct KeyedHeader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [(key: String, value: HeaderTree)]
    var codingPath: [any CodingKey]
    let constructor: Constructor

    var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }
    func contains(_ key: Key) -> Bool {
        let name = key.stringValue
        return entries.contains { $0.key == name }
    }

    func decoder(_ key: some CodingKey) throws -> HeaderDecoder {
        let name = key.stringValue  // once, not once for every entry passed over
        guard let value = entries.first(where: { $0.key == name })?.value else { throw HeaderDecoder.Mismatch() }
        return HeaderDecoder(tree: value, containerPath: codingPath, key: key, constructor: constructor)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try decoder(key).decodeNil() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(key).decode(type) }
    // The types of nearly every field, each through a `value` made for it rather than the generic one.
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(key).value(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(key).value(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(key).value(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(key).value(type) }
    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(key).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { throw HeaderDecoder.Mismatch() }
    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(key) }
}

private struct UnkeyedHeader: UnkeyedDecodingContainer {
    let items: [HeaderTree]
    var codingPath: [any CodingKey]
    let constructor: Constructor
    var currentIndex = 0

    init(items: [HeaderTree], codingPath: [any CodingKey], constructor: Constructor) {
        self.items = items
        self.codingPath = codingPath
        self.constructor = constructor
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> HeaderDecoder {
        guard !isAtEnd else { throw HeaderDecoder.Mismatch() }
        defer { currentIndex += 1 }
        return HeaderDecoder(tree: items[currentIndex], containerPath: codingPath, key: nil, constructor: constructor)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw HeaderDecoder.Mismatch() }
        if items[currentIndex].isNull {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().value(type) }  // as in KeyedHeader
    mutating func decode(_ type: Int.Type) throws -> Int { try next().value(type) }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> any Decoder { try next() }
}
