import Foundation
import OnRecordCore

/// Cuts the sentences around a span out of a document, for showing a statement in context.
enum SentenceContext {
    /// The text from the start of the sentence containing `span.start` to the end of the sentence
    /// containing `span.end`, trimmed. A paragraph break always ends a sentence.
    static func sentences(around span: TextSpan, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        var start = span.start
        while start > 0 {
            let previous = scalars[start - 1]
            if previous == "\n" { break }
            if previous == " ", start >= 2, isSentenceEnd(scalars[start - 2]) { break }
            start -= 1
        }
        var end = span.end
        while end < scalars.count {
            let scalar = scalars[end]
            if scalar == "\n" { break }
            end += 1
            if isSentenceEnd(scalar), end == scalars.count || scalars[end] == " " || scalars[end] == "\n" { break }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view).trimmingCharacters(in: .whitespaces)
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{201D}", "\"": true
        default: false
        }
    }
}
