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

    /// `output` hears the compressed bytes in order.
    private init(into output: @escaping (Data) throws -> Void) throws {
        self.output = output
        // 15 bits of window, +16 for the gzip wrapper; memory level 8 is zlib's default.
        let status = deflateInit2_(
            &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw GzipError(status: status) }
    }

    deinit { deflateEnd(&stream) }

    private func append(_ data: Data) throws {
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
    private func drain(flush: Int32) throws {
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

struct GzipError: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "zlib could not compress a download or data script (status \(status))" }
}
