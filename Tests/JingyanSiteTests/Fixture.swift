import CZlib
import Foundation
import JingyanExtract
import JingyanModel
import Testing

@testable import JingyanSite

/// The sample seed page as a reader would extract it (made by Fixtures/make_fixture.py from the
/// hand-made reading): five articles, 松桃, 思南, 沿河, 玉屏·新店镇, 石阡·国荣乡.
enum Fixture {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func extraction() throws -> Extraction {
        let url = try #require(Bundle.module.url(forResource: "extraction", withExtension: "json"))
        return try JSONDecoder().decode(Extraction.self, from: Data(contentsOf: url))
    }

    static func input() throws -> SiteInput {
        let extraction = try extraction()
        return SiteInput(
            articles: extraction.articles, captions: extraction.captions,
            seedPages: try SiteInput.seedPages(
                citedBy: extraction.articles, in: repositoryRoot.appendingPathComponent("seeds")),
            naming: try naming())
    }

    /// Mechanism pages named in pinyin, as `jingyan build` names them.
    static func naming(aliases: [String: [String]] = [:]) throws -> MechanismNaming {
        MechanismNaming(aliases: aliases, romanizer: try Slug.bundled().pinyin)
    }

    static func model() throws -> SiteModel { try SiteModel(articles: extraction().articles, naming: naming()) }

    static func builder() throws -> SiteBuilder { SiteBuilder(input: try input(), theme: try Theme.bundled()) }

    /// `count` copies of the articles, ids suffixed "-0", "-1", …, each practice changed by `edit`:
    /// a larger base with the fixture's texts.
    static func copies(
        of articles: [Article], count: Int, edit: (inout Practice) -> Void = { _ in }
    ) -> [Article] {
        (0..<count).flatMap { copy in
            articles.map { article in
                var article = article
                article.id += "-\(copy)"
                for section in article.sections.indices {
                    for practice in article.sections[section].practices.indices {
                        article.sections[section].practices[practice].id += "-\(copy)"
                        edit(&article.sections[section].practices[practice])
                    }
                }
                return article
            }
        }
    }
}

/// The bytes a gzip file (the entries download) holds, unpacked by zlib.
func gunzip(_ data: Data) throws -> Data {
    struct Failed: Error { var status: Int32 }
    var stream = z_stream()
    // 15 bits of window, +16: a gzip wrapper only.
    var status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else { throw Failed(status: status) }
    defer { inflateEnd(&stream) }
    var input = [UInt8](data)
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    input.withUnsafeMutableBufferPointer { input in
        stream.next_in = input.baseAddress
        stream.avail_in = uInt(input.count)
        repeat {
            let produced = buffer.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                status = inflate(&stream, Z_NO_FLUSH)
                return out.count - Int(stream.avail_out)
            }
            output.append(contentsOf: buffer[..<produced])
        } while status == Z_OK
    }
    guard status == Z_STREAM_END else { throw Failed(status: status) }
    return output
}
