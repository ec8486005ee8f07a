import Foundation

/// Standard output or a file, written in buffered chunks.
final class OutputSink {
    // A class: it owns a file handle and a buffer that many writes share.
    private let handle: FileHandle
    private let closesHandle: Bool
    private var buffer = Data()

    /// Opens `path` for writing (truncating it), or standard output when `path` is nil or "-".
    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            closesHandle = false
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let opened = FileHandle(forWritingAtPath: path)
        else {
            throw CLIError.cannotWriteOutput(path: path, reason: "the file cannot be created (check the folder exists and is writable)")
        }
        handle = opened
        closesHandle = true
    }

    /// Appends text, flushing every 64 KiB.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes (already UTF-8), flushing every 64 KiB.
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes a file destination.
    func close() {
        flush()
        if closesHandle { try? handle.close() }
    }
}
