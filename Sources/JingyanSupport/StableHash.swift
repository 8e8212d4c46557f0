/// 64-bit FNV-1a in 16 hex digits: tiny and the same on every platform and run (unlike
/// `Hasher`, which is seeded per process). For stable names and change detection, not security.
public enum StableHash {
    /// The hash of `bytes` in 16 hex digits.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String { hex(of: value(bytes)) }

    /// The hash itself.
    public static func value(_ bytes: some Sequence<UInt8>) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable(value(of:)) { return hash }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash of bytes in memory: a loop the compiler need not make generic.
    static func value(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A hash in 16 hex digits.
    public static func hex(of hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of `text`'s UTF-8 in 16 hex digits.
    public static func hex(_ text: String) -> String { hex(text.utf8) }
}
