import Foundation

/// What open pages poll: a version that changes with each rebuild that changed the site, and the
/// error of the last build when it failed (the pages then show the last good build).
public actor PreviewStatus {
    struct State: Codable, Equatable {
        var version: Int
        var error: String?
    }

    private var state = State(version: 0, error: nil)

    public init() {}

    /// A rebuild succeeded; `changed` tells whether open pages need reloading.
    public func succeeded(changed: Bool) {
        if changed { state.version += 1 }
        state.error = nil
    }

    /// A rebuild failed with `message`, shown over the open pages.
    public func failed(_ message: String) { state.error = message }

    public var version: Int { state.version }
    public var error: String? { state.error }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(state)
    }
}
