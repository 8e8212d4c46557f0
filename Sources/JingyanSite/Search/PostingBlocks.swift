import Foundation

/// Long postings cut into blocks, and the posting shards sized so that none passes a limit
/// (docs/search-index.md, "Blocks"): what a query fetches first does not grow with the base.
extension SearchIndex {
    /// Postings per block. A posting of at most this many documents is written whole, as one
    /// string; a longer one is cut into blocks of this many in rank order. The browser tests set
    /// `JINGYAN_SEARCH_BLOCK_POSTINGS` to cut a small site's postings as a large site's are.
    static let blockPostings =
        ProcessInfo.processInfo.environment["JINGYAN_SEARCH_BLOCK_POSTINGS"].flatMap { Int($0) }.map { max(1, $0) }
        ?? 2048
    /// No posting shard holds more than this many bytes of keys and postings: the shard count
    /// grows until none does.
    static let postingShardLimit = 48 * 1024

    /// A token whose posting is cut into blocks: its head (block 0) is under the token, block
    /// `i` under `blockKey(token, i)`.
    struct Blocked: Equatable {
        /// Documents in the whole posting.
        var documents: Int
        /// Blocks, the head included.
        var blocks: Int
    }

    /// The key of block `block` (1 or more) of `token`'s posting. Tokens hold no "/".
    static func blockKey(_ token: String, _ block: Int) -> String { token + "/" + String(block) }

    /// Rank order within a posting: higher weight first, then lower document number. A weight
    /// orders as the score of a one-token term does (title 32 > mechanism 16 > place 8 > 7
    /// occurrences), so the head holds a one-token query's first results, in their order.
    static func ranksBefore(_ left: Posting, _ right: Posting) -> Bool {
        (right.weight, left.document) < (left.weight, right.document)
    }

    /// `postings` (ascending) cut into blocks of `blockPostings` in rank order, each encoded in
    /// ascending document order; nil when it fits in one.
    static func blocks(of postings: [Posting]) -> [[UInt8]]? {
        guard postings.count > blockPostings else { return nil }
        let ranked = postings.sorted(by: ranksBefore)
        return stride(from: 0, to: ranked.count, by: blockPostings).map { start in
            encode(ranked[start..<min(start + blockPostings, ranked.count)].sorted { $0.document < $1.document })
        }
    }

    /// Every posting of `lists` longer than a block cut into blocks, in place.
    static func cutIntoBlocks(_ lists: inout [String: [UInt8]]) -> [String: Blocked] {
        var blocked: [String: Blocked] = [:]
        // A posting takes two digits or more: a shorter string fits in a block.
        for token in lists.keys.sorted() where lists[token]!.count > 2 * blockPostings {
            let postings = decode(lists[token]!)
            guard let blocks = blocks(of: postings) else { continue }
            for (block, encoded) in blocks.enumerated() { lists[block == 0 ? token : blockKey(token, block)] = encoded }
            blocked[token] = Blocked(documents: postings.count, blocks: blocks.count)
        }
        return blocked
    }

    /// A token's whole posting, ascending, its blocks merged.
    func fullPosting(_ token: String) -> [Posting] {
        guard let blocked = blockedPostings[token] else { return Self.decode(encodedPostings[token] ?? []) }
        return (0..<blocked.blocks).flatMap {
            Self.decode(encodedPostings[$0 == 0 ? token : Self.blockKey(token, $0)]!)
        }
        .sorted { $0.document < $1.document }
    }

    /// Sets `token`'s posting (ascending; empty removes it), cut into blocks as a build would.
    /// Returns every shard key it wrote or removed.
    mutating func setPosting(_ token: String, _ postings: [Posting]) -> Set<String> {
        var keys: Set<String> = [token]
        if let old = blockedPostings.removeValue(forKey: token) {
            for block in 1..<old.blocks { keys.insert(Self.blockKey(token, block)) }
        }
        for key in keys { encodedPostings[key] = nil }
        if let blocks = Self.blocks(of: postings) {
            for (block, encoded) in blocks.enumerated() {
                let key = block == 0 ? token : Self.blockKey(token, block)
                encodedPostings[key] = encoded
                keys.insert(key)
            }
            blockedPostings[token] = Blocked(documents: postings.count, blocks: blocks.count)
        } else if !postings.isEmpty {
            encodedPostings[token] = Self.encode(postings)
        }
        return keys
    }

    /// Bytes a key takes in its shard: the key and its posting quoted, and a head's counts.
    func shardBytes(of key: String) -> Int {
        key.utf8.count + encodedPostings[key]!.count + (blockedPostings[key] == nil ? 6 : 30)
    }

    /// How many posting shards: the total over 16 KB, raised by eighths until no shard passes
    /// `postingShardLimit` (or the longest key, if longer). A function of the postings alone, so
    /// an update finds what a build does.
    func postingShardCount() -> Int {
        let sized = encodedPostings.keys.map { (Self.fnv1a($0), shardBytes(of: $0)) }
        var count = max(1, sized.reduce(0) { $0 + $1.1 } / Self.postingShardBytes)
        // A key longer than the limit by itself (a very long ASCII word) raises it to its size.
        let limit = sized.reduce(Self.postingShardLimit) { max($0, $1.1) }
        while true {
            var bytes = [Int](repeating: 0, count: count)
            for (hash, size) in sized { bytes[Int(hash % UInt32(count))] += size }
            if bytes.allSatisfy({ $0 <= limit }) { return count }
            count += count / 8 + 1
        }
    }
}
