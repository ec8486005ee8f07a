import Foundation
import Testing

@testable import OnRecordCore

struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("  spaces kept  ", "  spaces kept  "),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("line1\nline2", "\"line1\nline2\""),
        ("cr\ronly", "\"cr\ronly\""),
        ("crlf\r\ninside", "\"crlf\r\ninside\""),
        ("tab\tis fine", "tab\tis fine"),
        ("“curly” quotes", "“curly” quotes"),
        ("Zelenskyy, “we want peace”", "\"Zelenskyy, “we want peace”\""),
    ])
    func csvFieldEncoding(field: String, expected: String) {
        let encoded = CSVWriter<StringSink>.encode(field, dialect: .csv)
        #expect(Array(encoded.utf8) == Array(expected.utf8))
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("a,b \"q\"", "a,b \"q\""),
        ("tab\there", "tab here"),
        ("line1\nline2", "line1 line2"),
        ("crlf\r\nline", "crlf line"),
        ("cr\rline", "cr line"),
        ("two\n\nbreaks", "two  breaks"),
    ])
    func tsvFieldEncoding(field: String, expected: String) {
        let encoded = CSVWriter<StringSink>.encode(field, dialect: .tsv)
        #expect(Array(encoded.utf8) == Array(expected.utf8))
    }

    @Test func csvRowsAreByteExact() throws {
        var writer = CSVWriter(sink: StringSink())
        try writer.writeRow(["quote_id", "quote_text", "speaker_name"])
        try writer.writeRow(["1", "We are ready, \"now\".\nReally.", nil])
        try writer.writeRow([String]())
        try writer.finish()
        let expected = "quote_id,quote_text,speaker_name\r\n1,\"We are ready, \"\"now\"\".\nReally.\",\r\n\r\n"
        #expect(Array(writer.sink.text.utf8) == Array(expected.utf8))
        #expect(writer.rowCount == 3)
    }

    @Test func bomIsWrittenOnceBeforeTheFirstRow() throws {
        var writer = CSVWriter(sink: StringSink(), includeBOM: true)
        try writer.writeRow(["a"])
        try writer.writeRow(["b"])
        try writer.finish()
        #expect(Array(writer.sink.text.utf8) == [0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x0A, 0x62, 0x0D, 0x0A])
    }

    @Test func bomIsWrittenEvenWithoutRows() throws {
        var writer = CSVWriter(sink: StringSink(), includeBOM: true)
        try writer.finish()
        #expect(Array(writer.sink.text.utf8) == [0xEF, 0xBB, 0xBF])
        var plain = CSVWriter(sink: StringSink())
        try plain.finish()
        #expect(plain.sink.text.isEmpty)
    }

    @Test func tsvRowsUseTabsAndLF() throws {
        var writer = CSVWriter(sink: StringSink(), dialect: .tsv)
        try writer.writeRow(["id", "text"])
        try writer.writeRow(["1", "a\tb\r\nc", nil])
        #expect(writer.sink.text == "id\ttext\n1\ta b c\t\n")
    }

    @Test func textOutputStreamSink() throws {
        var writer = CSVWriter(sink: TextOutputStreamSink(""))
        try writer.writeRow(["x,y"])
        #expect(writer.sink.stream == "\"x,y\"\r\n")
    }

    @Test func fileHandleSinkStreamsToDisk() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = try folder.write(Data(), to: "out.csv")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var writer = CSVWriter(sink: FileHandleSink(handle, bufferSize: 16), includeBOM: true)
        for index in 0..<100 {
            try writer.writeRow([String(index), "Zelensky said, \"peace\""])
        }
        try writer.finish()
        try handle.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        var expected = "\u{FEFF}"
        for index in 0..<100 { expected += "\(index),\"Zelensky said, \"\"peace\"\"\"\r\n" }
        #expect(bytes == Data(expected.utf8))
    }

    /// A sink that fails, to check that write errors reach the caller.
    private struct FailingSink: ExportSink {
        struct Failure: Error, Equatable {}
        mutating func write(_ text: String) throws { throw Failure() }
    }

    @Test func sinkErrorsPropagate() {
        var writer = CSVWriter(sink: FailingSink())
        #expect(throws: FailingSink.Failure()) { try writer.writeRow(["a"]) }
    }
}
