public import Foundation

/// A destination for exported text, written piece by piece so exports run in constant memory.
///
/// Writers call ``write(_:)`` once or more per row and ``flush()`` once at the end.
public protocol ExportSink {
    /// Appends `text` (encoded as UTF-8) to the output.
    ///
    /// - Throws: Whatever the underlying output throws (a full disk, a closed pipe).
    mutating func write(_ text: String) throws
    /// Pushes buffered output to its destination.
    ///
    /// - Throws: Whatever the underlying output throws.
    mutating func flush() throws
}

extension ExportSink {
    /// Does nothing: unbuffered sinks have nothing to flush.
    public mutating func flush() throws {}
}

/// Collects output in memory; meant for tests and small outputs.
public struct StringSink: ExportSink, Sendable {
    /// Everything written so far.
    public private(set) var text = ""

    /// Creates an empty sink.
    public init() {}

    /// Appends `text`.
    public mutating func write(_ text: String) {
        self.text += text
    }
}

/// Adapts any `TextOutputStream` (for example a `String`, or a custom stream) into a sink.
public struct TextOutputStreamSink<Stream: TextOutputStream>: ExportSink {
    /// The wrapped stream, with everything written so far.
    public private(set) var stream: Stream

    /// Wraps `stream`.
    public init(_ stream: Stream) {
        self.stream = stream
    }

    /// Appends `text` to the stream.
    public mutating func write(_ text: String) {
        stream.write(text)
    }
}

/// Writes to a `FileHandle` (a file or standard output) through a 64 KiB buffer.
///
/// Call ``flush()`` (the writers' `finish()` does) when done, or buffered bytes are lost.
public struct FileHandleSink: ExportSink {
    /// The handle bytes go to.
    public let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity: Int

    /// Creates a sink that writes to `handle`.
    ///
    /// - Parameters:
    ///   - handle: For example `FileHandle.standardOutput`, or a handle opened for writing.
    ///   - bufferSize: Bytes to collect before each write to the handle.
    public init(_ handle: FileHandle, bufferSize: Int = 64 << 10) {
        self.handle = handle
        self.capacity = max(1, bufferSize)
        buffer.reserveCapacity(self.capacity)
    }

    /// Buffers `text`, writing to the handle when the buffer is full.
    ///
    /// - Throws: The handle's write error.
    public mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity {
            try flush()
        }
    }

    /// Writes buffered bytes to the handle.
    ///
    /// - Throws: The handle's write error.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
