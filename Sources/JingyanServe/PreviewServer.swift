import Foundation
import Hummingbird
import Logging

/// The HTTP side of `jingyan serve`, on 127.0.0.1 only: the preview folder through Hummingbird's
/// FileMiddleware (which refuses paths with "..", encoded or not), the site's 404 page for
/// missing files, and the two live-reload addresses; `RequestGuard` in front of them.
public enum PreviewServer {
    /// The server of `folder` on 127.0.0.1:`port`; `onRunning` hears the port once it listens.
    public static func application(
        folder: URL, status: PreviewStatus, port: Int, onRunning: @escaping @Sendable (_ port: Int) async -> Void
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "jingyan.serve")
        logger.logLevel = .warning  // serve prints its own lines; no line per request
        return Application(
            router: router(folder: folder, status: status, logger: logger),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    static func router(folder: URL, status: PreviewStatus, logger: Logger) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RequestGuard())
        router.add(middleware: NotFoundPage(folder: folder))
        router.add(
            middleware: FileMiddleware(
                folder.path, cacheControl: CacheControl([(MediaType(type: .any), [.noCache])]),
                searchForIndexHtml: true, logger: logger))
        router.get(RouterPath(LiveReload.versionPath)) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: try await status.json())))
        }
        router.get(RouterPath(LiveReload.scriptPath)) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: LiveReload.script)))
        }
        return router
    }
}

/// A missing file gets the site's own 404 page, as nginx's `error_page` gives it when published.
struct NotFoundPage<Context: RequestContext>: RouterMiddleware {
    var folder: URL

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            guard let page = try? Data(contentsOf: folder.appendingPathComponent("404.html")) else { throw error }
            return Response(
                status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
        }
    }
}

/// What the preview answers at all: GET and HEAD; requests for this machine by name (a page
/// elsewhere that makes its own name point at 127.0.0.1, DNS rebinding, is refused); paths
/// with no NUL ("/data/entries.json%00.html" was served as HTML), no encoded slash and no "//"
/// at their start (a redirect to "//data/" leaves the host). Every answer says `nosniff` (a
/// file's type is its extension's) and carries the site's content security policy.
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    static var localHosts: Set<String> { ["127.0.0.1", "localhost", "[::1]"] }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let host = request.head.authority ?? ""
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]" : String(host.prefix { $0 != ":" })
        guard Self.localHosts.contains(name.lowercased()) else {
            return Response(
                status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(string: "jingyan serve answers only 127.0.0.1 and localhost\n")))
        }
        guard request.method == .get || request.method == .head else {
            return Response(
                status: .methodNotAllowed, headers: [.contentType: "text/plain; charset=utf-8", .allow: "GET, HEAD"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "jingyan serve answers only GET and HEAD\n")))
        }
        let path = request.uri.path
        let lowered = path.lowercased()
        // An encoded slash or backslash would let a path name another folder than it shows.
        guard !path.hasPrefix("//"), !lowered.contains("%00"), !lowered.contains("%2f"), !lowered.contains("%5c"),
            !path.contains("\0")
        else {
            return Response(
                status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: "bad path\n")))
        }
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] = LiveReload.contentSecurityPolicy
        return response
    }
}
