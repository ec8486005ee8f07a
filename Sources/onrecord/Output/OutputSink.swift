import Foundation

/// Standard output or a file, written in buffered chunks.
///
/// A file is only created (or truncated) when the first bytes are written out or the output is closed, so a
/// command that fails before producing anything (an unknown `--topic`, a missing actor) leaves an existing
/// file as it was instead of emptying yesterday's export. Whether the file can be written is still checked
/// up front, so a bad `-o` is reported before any work starts.
final class OutputSink {
    // A class: it owns a file handle and a buffer that many writes share.
    private let path: String?
    private var handle: FileHandle?
    private var buffer = Data()

    /// Prepares `path` for writing, or standard output when `path` is nil or "-".
    ///
    /// - Throws: ``CLIError/cannotWriteOutput(path:reason:)`` when the file could not be created or replaced.
    init(path: String?) throws {
        guard let path, path != "-" else {
            self.path = nil
            handle = FileHandle.standardOutput
            return
        }
        try Self.checkWritable(path)
        self.path = path
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
        openedHandle().write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes a file destination (creating it, empty, if nothing was written).
    func close() {
        let handle = openedHandle()
        flush()
        if path != nil { try? handle.close() }
    }

    /// The destination, creating or truncating the file on first use.
    private func openedHandle() -> FileHandle {
        if let handle { return handle }
        guard let path, FileManager.default.createFile(atPath: path, contents: nil),
            let opened = FileHandle(forWritingAtPath: path)
        else {
            // Checked writable in init; only a race (the folder removed meanwhile) gets here, after rows were
            // produced, where no error can be thrown any more.
            let error = CLIError.cannotWriteOutput(path: path ?? "-", reason: "the file cannot be created")
            StandardError.write("Error: \(error.message)\n")
            exit(error.exitStatus)
        }
        handle = opened
        return opened
    }

    /// Throws unless `path` names a writable file, or a file that can be created in an existing folder.
    private static func checkWritable(_ path: String) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw CLIError.cannotWriteOutput(path: path, reason: "it is a folder; give a file name")
            }
            if !manager.isWritableFile(atPath: path) {
                throw CLIError.cannotWriteOutput(path: path, reason: "the file is not writable")
            }
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
            manager.isWritableFile(atPath: folder)
        else {
            throw CLIError.cannotWriteOutput(
                path: path, reason: "the file cannot be created (check the folder exists and is writable)")
        }
    }
}
