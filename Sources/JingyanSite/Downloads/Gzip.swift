import CZlib
import Foundation

/// A gzip member (RFC 1952) written a piece at a time by zlib (the entries download, the metrics
/// page's data scripts): `append` compresses what it is given and passes on what zlib has ready,
/// `finish` the rest and the trailer. The header holds no name and no time, so the same bytes in
/// give the same bytes out.
final class GzipWriter {
    /// What `produce` appends, gzip-compressed into `output` as it comes.
    static func stream(
        into output: (Data) throws -> Void, _ produce: (_ append: (Data) throws -> Void) throws -> Void
    ) throws {
        try withoutActuallyEscaping(output) { output in
            let writer = try GzipWriter(into: output)
            try produce(writer.append)
            try writer.finish()
        }
    }

    private var stream = z_stream()
    private let output: (Data) throws -> Void
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    /// `output` hears the compressed bytes in order. `windowBits`: 15 bits of window, +16 for
    /// the gzip wrapper, negated for raw deflate without one.
    private init(into output: @escaping (Data) throws -> Void, windowBits: Int32 = 15 + 16) throws {
        self.output = output
        // Memory level 8 is zlib's default.
        let status = deflateInit2_(
            &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw GzipError(status: status) }
    }

    deinit { deflateEnd(&stream) }

    fileprivate func append(_ data: Data) throws {
        guard !data.isEmpty else { return }
        try data.withUnsafeBytes { bytes in
            stream.next_in = UnsafeMutablePointer(
                mutating: bytes.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(bytes.count)
            try drain(flush: Z_NO_FLUSH)
            stream.next_in = nil
        }
    }

    private func finish() throws { try drain(flush: Z_FINISH) }

    /// Deflates until zlib has taken all the input (and, finishing, written the trailer).
    fileprivate func drain(flush: Int32) throws {
        repeat {
            let (status, produced) = buffer.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = deflate(&stream, flush)
                return (status, out.count - Int(stream.avail_out))
            }
            guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                throw GzipError(status: status)
            }
            if produced > 0 { try output(Data(buffer[..<produced])) }
            if flush == Z_FINISH ? status == Z_STREAM_END : stream.avail_out != 0 { return }
        } while true
    }
}

/// Raw deflate that ends on a byte boundary with no final block: segments of one gzip member,
/// each compressed alone (`GzipWriter.segment`), so that one can be made again without the
/// others. Their uncompressed CRC-32 and length make the member's trailer (`SegmentedGzip`).
struct DeflateSegment: Sendable, Equatable {
    var compressed: Data
    var crc: UInt
    var length: Int
}

extension GzipWriter {
    /// `pieces`, in order, as a raw deflate segment of its own ended by a full flush.
    static func segment(_ pieces: [Data]) throws -> DeflateSegment {
        var compressed = Data()
        var crc = crc32(0, nil, 0)
        var length = 0
        let writer = try GzipWriter(into: { compressed.append($0) }, windowBits: -15)
        for piece in pieces {
            crc = piece.withUnsafeBytes { crc32(crc, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
            length += piece.count
            try writer.append(piece)
        }
        try writer.drain(flush: Z_FULL_FLUSH)
        return DeflateSegment(compressed: compressed, crc: crc, length: length)
    }
}

/// One gzip member (RFC 1952) made of `DeflateSegment`s: the header, the segments in order, an
/// empty final block, and the trailer, whose CRC-32 zlib combines from the segments'
/// (`crc32_combine`). The header is the one `GzipWriter` writes: no name, no time.
struct SegmentedGzip {
    private let output: (Data) throws -> Void
    private var crc = crc32(0, nil, 0)
    private var length = 0

    /// Writes the header into `output`.
    init(into output: @escaping (Data) throws -> Void) throws {
        self.output = output
        try output(Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]))
    }

    mutating func append(_ segment: DeflateSegment) throws {
        crc = crc32_combine(crc, segment.crc, off_t(segment.length))
        length += segment.length
        try output(segment.compressed)
    }

    /// The final block (fixed Huffman codes, no data: bytes 03 00), the CRC-32 and the length
    /// modulo 2^32, both little-endian.
    func finish() throws {
        var trailer = Data([3, 0])
        for value in [UInt32(truncatingIfNeeded: crc), UInt32(truncatingIfNeeded: length)] {
            trailer += withUnsafeBytes(of: value.littleEndian) { Data($0) }
        }
        try output(trailer)
    }
}

struct GzipError: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "zlib could not compress a download or data script (status \(status))" }
}
