/// The rule-based extractor: finds direct quotes and reported speech with their speakers and cues.
///
/// Works on Unicode scalars with integer offsets in a few linear passes: tokenize, pair quotation
/// marks, attribute quotes, scan sentences for reported speech, then resolve speakers in document
/// order. It never throws; malformed text simply yields fewer statements.
///
/// The `rule` of each statement names what fired:
/// - direct: `quote-said-after` (`"…," X said` / `"…," said X`), `quote-said-before` (`X said, "…"`),
///   `quote-said-colon` (`X said: "…"`), `quote-colon` (`X: '…'` headlines), `quote-colon-intro`
///   (`X boomed: "…"`), `quote-dash` (`"…" — X`), `quote-tag-unlisted` (`"…," she posted.`, `"…!" beamed X.`),
///   `quote-characterize` (`X called it "a disaster"`), `quote-characterize-as` (`X criticized the
///   law as a "crazy system"`, any verb), `quote-said-unlisted` (`X quipped, "Full sentence …"`), `quote-put-it` (`As X put it, "…"`),
///   `quote-mixed-clause` (`X repeated her warning about the "slow creep" of …`: a named or he/she
///   subject, any verb, a quoted fragment close after it; the statement runs to the sentence end),
///   `quote-mixed-coordinated` (`X tweeted that … and encouraged voters to "look closely" at …`: a
///   second predicate after "and"/"but" shares the sentence's subject),
///   `quote-claim-noun` (`Trump's claim that there were "thousands of shootings"`),
///   `quote-participle` (`X went after Y, portraying him as a "career insider"`: a participle after a
///   comma shares the sentence's subject), `quote-after-tag` (`… "…," she said. "…"`: a quote
///   opening the sentence after a tag that closes the one before, when no other rule took it),
///   `quote-opening-participle` (`Citing "…," X said …`: the main clause's subject speaks);
///   a `+split` suffix marks a quote interrupted by
///   its attribution, `+continuation` one that goes on in following paragraphs.
/// - reported: `reported-that`, `reported-said` (no "that"), `reported-belief`, `reported-urge`
///   (`X urged Y to …`), `reported-demand` (`X called for …`), `reported-said-after` (`…, X said.`; with
///   `+split` when a quoted sentence follows without a tag of its own),
///   `reported-interposed` (`…, X said, …`), `according-to`, `colon-headline`.
///
/// A statement whose reported content holds quoted words is labeled `direct`: the speaker's own
/// words are inside its span (PolNeAR's "mixed"). Single marks count only when they hold the whole
/// statement (headline quotes, `Lind: 'not for sale'`); single-marked words inside a reported clause
/// (`Lind says port 'not for sale'`) are shortened or paraphrased, and such a statement is `reported`,
/// as PolNeAR annotates it.
public struct AttributionExtractor: StatementExtractor {
    /// "onrecord-rules".
    public let name = "onrecord-rules"
    /// Bumped whenever the rules change.
    public let version = "1.15.1"

    /// Creates the extractor. It holds no state; one value can serve any number of threads.
    public init() {}

    /// Returns every statement found in `text`, ordered by position.
    public func extract(from text: String) -> [ExtractedStatement] {
        extract(scalars: text.unicodeScalarArray)
    }

    /// Returns every statement found in a text given as Unicode scalars.
    public func extract(scalars: [Unicode.Scalar]) -> [ExtractedStatement] {
        let doc = AnalyzedText(scalars: scalars)
        guard !doc.tokens.isEmpty else { return [] }
        let filter = BoilerplateFilter(doc: doc)
        var boilerplateCache: [Int: Bool] = [:]
        let skip: (Int) -> Bool = { start in
            if let known = boilerplateCache[start] { return known }
            let value = filter.isBoilerplate(paragraphStart: start)
            boilerplateCache[start] = value
            return value
        }
        let directRules = DirectQuoteRules(doc: doc, skipParagraph: skip)
        let direct = directRules.run()
        // Tokens that direct statements already account for: their quotes and cues. (A speaker may
        // be the subject of a reported clause too: "X told the board that …, adding, "…"".)
        var claimed = [Bool](repeating: false, count: doc.tokens.count)
        for (qi, q) in doc.quotes.enumerated() where direct.used[qi] {
            for k in q.openToken...min(q.closeToken, doc.tokens.count - 1) { claimed[k] = true }
        }
        for c in direct.statements {
            if let r = c.cue { for k in r { claimed[k] = true } }
        }
        let reported = ReportedSpeechRules(
            doc: doc, phrases: Phrases(doc: doc), claimed: claimed, skipParagraph: skip
        ).run()
        // Reported statements never overlap a direct one; direct spans are disjoint and sorted, so
        // a binary search finds the only candidates for overlap.
        let directSpans = direct.statements.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
        var candidates = direct.statements
        var quoteUsed = direct.used
        for var r in reported where !overlapsAny(directSpans, r.start..<r.end) {
            joinFollowingQuote(&r, doc, &quoteUsed)
            candidates.append(r)
        }
        // A quote left over right after a tag that closes the sentence before it: the tag's speaker
        // goes on (unless a statement already has that tag).
        for qi in doc.quotes.indices where !quoteUsed[qi] {
            guard let c = directRules.quoteAfterTag(qi), let cue = c.cue else { continue }
            if candidates.contains(where: { $0.cue?.overlaps(cue) == true || $0.start < c.end && c.start < $0.end }) {
                continue
            }
            candidates.append(c)
            quoteUsed[qi] = true
        }
        // Single quotation marks around a fragment of a reported clause (`Lind says port 'not for
        // sale'`) mark a headline's shortened or paraphrased words: such a statement is reported.
        // A statement that is nothing but single-quoted words (`Lind: 'not for sale'`, `'Not for
        // sale,' Lind says`) is the headline convention for a direct quote and stays direct.
        var quotedContents: Set<Range<Int>>? = nil
        for i in candidates.indices where candidates[i].kind == .direct {
            let segments = candidates[i].segments
            if holdsDoubleQuote(segments, doc) { continue }
            if quotedContents == nil { quotedContents = Set(doc.quotes.map { $0.contentStart..<$0.contentEnd }) }
            let isWhollyQuoted = !segments.isEmpty && segments.allSatisfy { quotedContents?.contains($0) == true }
            if !isWhollyQuoted { candidates[i].kind = .reported }
        }
        candidates.sort { $0.start < $1.start }
        return finish(candidates, doc)
    }

    /// Whether any of `segments`, or a mark right around one, belongs to a double-quoted span.
    private func holdsDoubleQuote(_ segments: [Range<Int>], _ doc: AnalyzedText) -> Bool {
        let tokens = doc.tokens
        for r in segments {
            // First token ending after the scalar just before the segment (its opening mark).
            var k = tokens.partitionPoint { Int($0.end) >= r.lowerBound }
            while k < tokens.count && Int(tokens[k].start) <= r.upperBound {
                let q = doc.quoteOfToken[k]
                if q >= 0 && doc.quotes[Int(q)].isDouble { return true }
                k += 1
            }
        }
        return false
    }

    /// `Both parties "saw a rival," said X, who …. "In that sense, it was easy."`: a tagged statement
    /// with quoted words, and a quote that opens the next sentence and closes the paragraph without
    /// an attribution of its own. The quote goes on with the same speaker's words (a split quote).
    /// (`The vote may slip, Lind said. "We will not sign a bad deal."`, `Lind said the vote may slip.
    /// "…"`: a reported sentence leads into the quote the same way; PolNeAR annotates the two as one
    /// statement, and the quoted words make it direct.)
    private func joinFollowingQuote(_ c: inout Candidate, _ doc: AnalyzedText, _ used: inout [Bool]) {
        guard
            c.kind == .direct && c.rule == "reported-interposed" || c.rule == "reported-said-after"
                || c.rule == "reported-said" || c.rule == "reported-that",
            c.lastToken >= 0
        else { return }
        let tokens = doc.tokens
        var k = c.lastToken
        while k < tokens.count - 1 && !doc.sentenceEndsAfter[k] && k - c.lastToken < 40 { k += 1 }
        guard doc.sentenceEndsAfter[k], k + 1 < tokens.count else { return }
        var next = k + 1
        if tokens[next].kind == .quote {
            guard doc.paragraphStartOf[next] == doc.paragraphStartOf[c.lastToken],
                let (qi, after) = paragraphClosingQuote(at: next, doc, used)
            else { return }
            c.segments.append(doc.quotes[qi].contentStart..<doc.quotes[qi].contentEnd)
            c.kind = .direct
            c.rule += "+split"
            used[qi] = true
            next = after
        }
        // `… "a rival," X said.` ⏎ `"In that sense, it was easy."`: paragraphs that are nothing but a
        // quote go on with the same speaker's words, as after a quote with its tag (continuation).
        guard c.kind == .direct, c.rule.hasPrefix("reported-said-after") else { return }
        while next + 1 < tokens.count, tokens[next].kind == .paragraph, tokens[next + 1].kind == .quote,
            let (qi, after) = paragraphClosingQuote(at: next + 1, doc, used), doc.quotes[qi].closeToken - next >= 6
        {
            c.segments.append(doc.quotes[qi].contentStart..<doc.quotes[qi].contentEnd)
            if !c.rule.hasSuffix("+continuation") { c.rule += "+continuation" }
            used[qi] = true
            next = after
        }
    }

    /// The quote opening at token `open` when it is an unused double quote that closes its paragraph
    /// (only punctuation after it), with the token after it (a paragraph break or the end).
    private func paragraphClosingQuote(at open: Int, _ doc: AnalyzedText, _ used: [Bool]) -> (Int, Int)? {
        let tokens = doc.tokens
        let qi = Int(doc.quoteOfToken[open])
        guard qi >= 0, !used[qi] else { return nil }
        let q = doc.quotes[qi]
        guard q.openToken == open, q.isDouble, !q.recovered || q.multiParagraph else { return nil }
        if q.closeToken >= tokens.count { return (qi, tokens.count) }
        var j = q.closeToken + 1
        while j < tokens.count && tokens[j].kind == .punct { j += 1 }
        guard j >= tokens.count || tokens[j].kind == .paragraph else { return nil }
        return (qi, j)
    }

    private func overlapsAny(_ spans: [Range<Int>], _ r: Range<Int>) -> Bool {
        // First span starting at or after r.end; only spans before it can overlap.
        var i = spans.partitionPoint { $0.lowerBound >= r.upperBound } - 1
        var steps = 0
        while i >= 0 && steps < 4 {
            if spans[i].upperBound > r.lowerBound { return true }
            i -= 1
            steps += 1
        }
        return false
    }

    /// `Monday the council`, `Last week the mayor`, `September 27 the board`: a date the phrase finder
    /// took in with a sentence-opening subject is not part of who spoke; the mention starts at the article.
    private func withoutLeadingDate(_ m: ClosedRange<Int>, _ doc: AnalyzedText) -> ClosedRange<Int> {
        let tokens = doc.tokens
        var k = m.lowerBound
        var dated = false
        while k < m.upperBound, tokens[k].isWord {
            let key = tokens[k].key
            if SpeakerLexicon.timeWords.contains(key) || tokens[k].flags.contains(.numeric) {
                dated = true
            } else if !SpeakerLexicon.timePrepositions.contains(key) {
                break
            }
            k += 1
        }
        guard dated, k < m.upperBound, tokens[k].isWord, SpeakerLexicon.articles.contains(tokens[k].key) else {
            return m
        }
        return k...m.upperBound
    }

    /// Resolves speakers in document order and builds the public statements.
    private func finish(_ candidates: [Candidate], _ doc: AnalyzedText) -> [ExtractedStatement] {
        let resolver = SpeakerResolver(doc: doc)
        var out: [ExtractedStatement] = []
        out.reserveCapacity(candidates.count)
        var recentPeople: [String] = []
        for c in candidates {
            guard c.start < c.end, c.end <= doc.scalars.count else { continue }
            var speaker: String? = nil
            var kind = ActorKind.unknown
            var mention: String? = nil
            var mentionSpan: TextSpan? = nil
            var confidence = c.confidence
            if let found = c.mention {
                let m = withoutLeadingDate(found, doc)
                let r = resolver.resolve(m, recentSpeakers: recentPeople)
                speaker = r.name
                kind = r.kind
                confidence *= r.certainty
                let span = Int(doc.tokens[m.lowerBound].start)..<Int(doc.tokens[m.upperBound].end)
                mention = doc.string(span)
                mentionSpan = TextSpan(start: span.lowerBound, end: span.upperBound)
            }
            var cue: String? = nil
            var cueSpan: TextSpan? = nil
            if let cr = c.cue {
                let span = Int(doc.tokens[cr.lowerBound].start)..<Int(doc.tokens[cr.upperBound].end)
                cue = doc.string(span)
                cueSpan = TextSpan(start: span.lowerBound, end: span.upperBound)
            }
            let span = TextSpan(start: c.start, end: c.end)
            let segments = c.segments.map { TextSpan(start: $0.lowerBound, end: $0.upperBound) }
            let statement = ExtractedStatement(
                kind: c.kind, text: doc.string(c.start..<c.end), span: span, segments: segments, speaker: speaker,
                speakerKind: kind, speakerMention: mention, speakerSpan: mentionSpan, cue: cue, cueSpan: cueSpan,
                rule: c.rule, confidence: min(1, max(0, confidence)))
            if kind == .person, let s = speaker {
                recentPeople.removeAll { $0 == s }
                recentPeople.append(s)
                if recentPeople.count > 8 { recentPeople.removeFirst() }
            }
            out.append(statement)
        }
        return out
    }
}
