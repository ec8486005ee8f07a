import Foundation
import Testing

@testable import OnRecordCore

@Suite struct ExtractionOutputTests {
    @Test func lineFollowsTheContract() throws {
        let text = "“Bring water,” Nia Oduya said. “And hats.”"
        let statements = AttributionExtractor().extract(from: text)
        let line = ExtractionOutput.line(id: "doc-1", statements: statements)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "doc-1")
        let list = try #require(object["statements"] as? [[String: Any]])
        let first = try #require(list.first)
        for key in [
            "kind", "text", "start", "end", "segments", "speaker", "speaker_mention", "speaker_start", "speaker_end",
            "cue", "cue_start", "cue_end", "rule", "confidence",
        ] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["kind"] as? String == "direct")
        #expect(first["speaker_mention"] as? String == "Nia Oduya")
        #expect((first["segments"] as? [[Int]])?.count == 2)
    }

    @Test func stringsAreEscaped() throws {
        let line = ExtractionOutput.line(id: "a\"b\\c\n\u{1}", statements: [])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "a\"b\\c\n\u{1}")
    }

    @Test func decodesRecordsAndReportsBadLines() {
        let input = """
            {"id": "one", "text": "Hello.", "publisher": "x"}

            {"id": 7, "text": "Number id."}
            not json
            {"text": "no id"}
            {"id": "no text"}
            """
        let result = ExtractionOutput.decodeRecords(Data(input.utf8))
        #expect(result.records.map(\.id) == ["one", "7"])
        #expect(result.records.first?.metadata["publisher"] == "x")
        #expect(result.errors == [.notAnObject(line: 4), .missingID(line: 5), .missingText(line: 6)])
    }
}
