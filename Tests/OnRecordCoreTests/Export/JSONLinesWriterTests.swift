import Foundation
import Testing

@testable import OnRecordCore

struct JSONLinesWriterTests {
    @Test(
        arguments: [
            (JSONValue.null, "null"),
            (true, "true"),
            (false, "false"),
            (42, "42"),
            (-7, "-7"),
            (0.5, "0.5"),
            (3.0, "3"),
            (.double(.nan), "null"),
            (.double(.infinity), "null"),
            (1e-7, "1e-07"),
            ("plain", "\"plain\""),
            ("quote \" backslash \\ slash /", "\"quote \\\" backslash \\\\ slash /\""),
            ("nl\ncr\rtab\tbs\u{08}ff\u{0C}", "\"nl\\ncr\\rtab\\tbs\\bff\\f\""),
            ("\u{00}\u{1F}", "\"\\u0000\\u001f\""),
            ("ls\u{2028}ps\u{2029}", "\"ls\\u2028ps\\u2029\""),
            ("Guterres “peace” 🕊", "\"Guterres “peace” 🕊\""),
            ([1, "a", nil], "[1,\"a\",null]"),
            (.array([]), "[]"),
            (.object([]), "{}"),
        ] as [(JSONValue, String)])
    func serializes(value: JSONValue, expected: String) {
        #expect(value.serialized() == expected)
    }

    @Test func objectsKeepKeyOrder() {
        let row: JSONValue = .object([
            ("quote_id", 1), ("quote_text", "Peace, now"), ("speaker_name", JSONValue(nil as String?)),
            ("char_start", JSONValue(12 as Int?)), ("a_last", .object([("z", 1), ("a", 2)])),
        ])
        #expect(
            row.serialized()
                == #"{"quote_id":1,"quote_text":"Peace, now","speaker_name":null,"char_start":12,"a_last":{"z":1,"a":2}}"#
        )
    }

    @Test func equalityIsOrderSensitiveForObjects() {
        #expect(JSONValue.object([("a", 1), ("b", 2)]) == .object([("a", 1), ("b", 2)]))
        #expect(JSONValue.object([("a", 1), ("b", 2)]) != .object([("b", 2), ("a", 1)]))
        #expect(JSONValue.int(1) != .double(1))
    }

    @Test func serializedStringsRoundTripThroughJSONSerialization() throws {
        let tricky = "A \"quote\", a \\ backslash, \u{01}, \n, é, 😀, \u{2028}"
        let line = JSONValue.array([.string(tricky)]).serialized()
        let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String]
        #expect(parsed == [tricky])
    }

    @Test func writesOneRowPerLine() throws {
        var writer = JSONLinesWriter(sink: StringSink())
        try writer.writeObject([("id", 1), ("text", "multi\nline")])
        try writer.writeRow(.array([]))
        try writer.finish()
        #expect(writer.sink.text == "{\"id\":1,\"text\":\"multi\\nline\"}\n[]\n")
        #expect(writer.rowCount == 2)
    }

    private struct Row: Encodable {
        var url: String
        var id: Int
        var speaker: String?
    }

    @Test func encodableRowsHaveSortedKeysAndUnescapedSlashes() throws {
        var writer = JSONLinesWriter(sink: StringSink())
        try writer.writeRow(Row(url: "https://example-news.test/a", id: 3, speaker: nil))
        #expect(writer.sink.text == "{\"id\":3,\"url\":\"https://example-news.test/a\"}\n")
    }
}
