import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// File-system failures told as a person reads them: what file, what could not be done, why,
/// and what to do; never Foundation's `Error Domain=NSCocoaErrorDomain Code=642 …` dump.
public enum FileProblem {
    /// Why a file operation failed, in a few words ("Permission denied", "Read-only file system").
    public static func reason(_ error: Error) -> String {
        let error = error as NSError
        if let code = underlyingPOSIXCode(of: error) { return String(cString: strerror(code)) }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if error.domain == NSCocoaErrorDomain, let reason = cocoaReasons[error.code] { return reason }
        return error.localizedDescription
    }

    /// The POSIX error beneath a Foundation one (on Linux a Swift error, not always an NSError).
    static func underlyingPOSIXCode(of error: NSError) -> Int32? {
        guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? any Error else { return nil }
        let bridged = underlying as NSError
        return bridged.domain == NSPOSIXErrorDomain ? Int32(bridged.code) : nil
    }

    /// What to do about a failure with this reason, when there is something to say.
    static func advice(forCocoaCode code: Int, posixCode: Int32?) -> String? {
        switch (code, posixCode) {
        case (_, EROFS?), (CocoaError.fileWriteVolumeReadOnly.rawValue, _):
            return "run where the folder can be written, or make its file system writable"
        case (_, EACCES?), (_, EPERM?), (CocoaError.fileWriteNoPermission.rawValue, _),
            (CocoaError.fileReadNoPermission.rawValue, _):
            return "check the permissions of the file and its folder"
        case (_, ENOSPC?), (CocoaError.fileWriteOutOfSpace.rawValue, _):
            return "the disk is full; free some space and run again"
        case (_, ENOENT?), (CocoaError.fileNoSuchFile.rawValue, _), (CocoaError.fileReadNoSuchFile.rawValue, _):
            return "it went missing while the run used it (another program or run removed it?); run again"
        default:
            return nil
        }
    }

    static let cocoaReasons: [Int: String] = [
        CocoaError.fileNoSuchFile.rawValue: "no such file or folder",
        CocoaError.fileReadNoSuchFile.rawValue: "no such file or folder",
        CocoaError.fileReadNoPermission.rawValue: "permission denied",
        CocoaError.fileWriteNoPermission.rawValue: "permission denied",
        CocoaError.fileWriteOutOfSpace.rawValue: "no space left on the disk",
        CocoaError.fileWriteVolumeReadOnly.rawValue: "read-only file system",
        CocoaError.fileWriteFileExists.rawValue: "a file of that name is in the way",
        CocoaError.fileReadCorruptFile.rawValue: "not in the expected format",
    ]

    /// A file-system error as `path: cannot read/write (reason); what to do`, or nil when
    /// `error` is not one (the project's own errors already say all that).
    public static func describe(_ error: Error) -> String? {
        let error = error as NSError
        guard error.domain == NSCocoaErrorDomain || error.domain == NSPOSIXErrorDomain else { return nil }
        // Messages the project wrote itself into a CocoaError stand as they are.
        if error.domain == NSCocoaErrorDomain, let own = error.userInfo[NSLocalizedDescriptionKey] as? String {
            return own
        }
        let path =
            (error.userInfo[NSFilePathErrorKey] as? String)
            ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        let posixCode = error.domain == NSPOSIXErrorDomain ? Int32(error.code) : underlyingPOSIXCode(of: error)
        let reading = (256...259).contains(error.code) || error.code == CocoaError.fileNoSuchFile.rawValue
        var message = (path.map { "\($0): " } ?? "") + (reading ? "cannot be read" : "cannot be written")
        message += " (\(reason(error)))"
        if let advice = advice(forCocoaCode: error.domain == NSCocoaErrorDomain ? error.code : -1, posixCode: posixCode)
        {
            message += "; \(advice)"
        }
        return message
    }

    /// Why bytes that should be UTF-8 text are not, located by line; nil when they are fine.
    /// A NUL byte is refused too: nothing a person writes holds one. Slower than validating
    /// alone: for telling a file that failed validation what is wrong with it.
    public static func encoding(of data: Data) -> Located? {
        data.withUnsafeBytes { raw -> Located? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = 1
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let scalar):
                    if scalar.count == 1, scalar.first == 0 {
                        return Located(line: line, message: "holds a NUL character on line \(line); remove it")
                    }
                    if scalar.count == 1, scalar.first == 0x0A { line += 1 }
                    offset += scalar.count
                case .error:
                    return Located(
                        line: line,
                        message:
                            """
                            is not UTF-8 text (a byte that is not UTF-8 at \
                            offset \(offset), line \(line)); save it as UTF-8
                            """
                    )
                case .emptyInput:
                    return nil
                }
            }
        }
    }

    /// A problem at a line of a file.
    public struct Located: Equatable, Sendable {
        public var line: Int
        public var message: String
    }
}
