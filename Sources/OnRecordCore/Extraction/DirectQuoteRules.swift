/// An attribution found next to a quote.
struct Attribution {
    var mention: ClosedRange<Int>?
    var cue: ClosedRange<Int>?
    /// Last token of the attribution clause (mention or cue, whichever is later).
    var lastToken: Int
    var rule: String
    var confidence: Double
    /// For characterizations (`called the plan "a disaster"`), the scalar offset where the content
    /// starts: the object before the quotation belongs to the statement.
    var contentStart: Int? = nil
    /// For `what X called "…"`, the relative clause is a noun phrase of a larger clause: a verb after
    /// the quote is that clause's, not the speaker's.
    var relativeSubject = false
    /// The statement is the quoted words alone (`used the phrase "…" often`): no clause after them.
    var quoteOnly = false
}

/// Rules that attribute quoted spans: `"…," X said`, `"…," said X`, `X said, "…"`, `X: "…"`,
/// `"…" — X`, split quotes and continuation paragraphs.
struct DirectQuoteRules {
    let doc: AnalyzedText
    let phrases: Phrases
    let skipParagraph: (Int) -> Bool

    init(doc: AnalyzedText, skipParagraph: @escaping (Int) -> Bool) {
        self.doc = doc
        self.phrases = Phrases(doc: doc)
        self.skipParagraph = skipParagraph
    }

    private var tokens: [Token] { doc.tokens }

    /// Tokens after the closing mark that may still belong to the attribution.
    private static let afterWindow = 30
    /// Tokens before the opening mark searched for a cue.
    private static let beforeWindow = 10
    /// Tokens before the opening mark searched for a characterizing cue.
    private static let characterizeWindow = 14

    /// Every direct statement, plus the set of quotes it used.
    func run() -> (statements: [Candidate], used: [Bool]) {
        let quotes = doc.quotes
        var used = [Bool](repeating: false, count: quotes.count)
        var out: [Candidate] = []
        var lastDirectParagraphEnd = -1  // token index of the last piece's close
        var i = 0
        while i < quotes.count {
            let q = quotes[i]
            let paraStart = Int(doc.paragraphStartOf[q.openToken])
            if skipParagraph(paraStart) {
                i += 1
                continue
            }
            let after = attributionAfter(i)
            let before = after == nil ? attributionBefore(i) : nil
            var attribution = after ?? before
            var rule = attribution?.rule ?? ""
            if attribution == nil {
                // Continuation: a paragraph that opens with a quote right after a quoted paragraph.
                if q.openToken == paraStart, q.isDouble, lastDirectParagraphEnd >= 0, fillsParagraph(q),
                    isPreviousParagraph(of: paraStart, endingAfter: lastDirectParagraphEnd),
                    let prev = out.last, prev.kind == .direct
                {
                    attribution = Attribution(
                        mention: nil, cue: nil, lastToken: q.closeToken, rule: "continuation",
                        confidence: prev.confidence * 0.8)
                    rule = "continuation"
                } else {
                    i += 1
                    continue
                }
            }
            guard let attr = attribution else {
                i += 1
                continue
            }
            var segments = [(attr.contentStart ?? q.contentStart)..<q.contentEnd]
            // The last token a clause after the quote takes (it may run over later quoted fragments).
            var tailLast = -1
            if attr.rule.hasPrefix("quote-characterize") {
                if let tail = clauseTail(after: q, relativeSubject: attr.relativeSubject) {
                    segments = [segments[0].lowerBound..<tail.end]
                    tailLast = tail.last
                }
            } else if before != nil, after == nil, !closesUtterance(q), attr.rule != "quote-claim-noun",
                !attr.quoteOnly, attr.contentStart != nil || !startsTimeClause(after: q),
                attr.rule != "quote-opening-participle",
                let tail = sentenceTail(after: q)
            {
                // `said that "the penalties are light" for most firms`: the quoted words sit inside a
                // longer reported clause, which is the statement.
                segments = [segments[0].lowerBound..<tail.end]
                tailLast = tail.last
            }
            // `"It's our bad luck," he said, that both men knew the place`: a that-clause after the tag
            // completes the quoted sentence.
            if after != nil, let that = thatAfterTag(attr.lastToken), let tail = sentenceTail(afterToken: that - 1) {
                segments.append(Int(tokens[that].start)..<tail.end)
                tailLast = tail.last
            }
            used[i] = true
            var lastClose = q.closeToken
            var j = i + 1
            var gapEnd = after != nil ? attr.lastToken : q.closeToken
            // Later quoted fragments inside that clause belong to this statement.
            while j < quotes.count && quotes[j].openToken <= tailLast {
                used[j] = true
                lastClose = max(lastClose, quotes[j].closeToken)
                gapEnd = max(gapEnd, quotes[j].closeToken)
                j += 1
            }
            // Pull in the rest of a split quote: later quotes of the paragraph with nothing but this
            // attribution (or punctuation) in between, and no attribution of their own.
            while j < quotes.count {
                let next = quotes[j]
                // A quote inside the attribution itself (a nickname in the tag) is part of the tag.
                if next.closeToken <= gapEnd {
                    j += 1
                    continue
                }
                if Int(doc.paragraphStartOf[next.openToken]) != paraStart { break }
                // `…," said X, who hosts the show "Shark Tank." "…"`: a title inside the narration is
                // part of the gap.
                if inNarration(next) {
                    j += 1
                    continue
                }
                if !gapIsFiller(from: gapEnd + 1, to: next.openToken) { break }
                if !continuesSpeech(next, gapFrom: gapEnd + 1) { break }
                if attributionAfter(j) != nil || !endsItsSentence(next) && restHasCue(after: next) { break }
                // `Y called it "unhinged." Z called the plan "reckless."`: a quote with an attribution
                // of its own in a later sentence is Z's.
                if sentenceBreak(from: gapEnd + 1, to: next.openToken), attributionBefore(j) != nil { break }
                segments.append(next.contentStart..<next.contentEnd)
                used[j] = true
                lastClose = next.closeToken
                gapEnd = next.closeToken
                j += 1
            }
            if segments.count > 1 && rule != "continuation" { rule += "+split" }
            if attr.rule == "continuation", var prev = out.popLast() {
                // The quote goes on in a new paragraph: one statement, one more segment, a little
                // less certainty (the speaker is inferred, not written).
                prev.segments.append(contentsOf: segments)
                if !prev.rule.hasSuffix("+continuation") { prev.rule += "+continuation" }
                prev.confidence *= 0.9
                out.append(prev)
                used[i] = true
                lastDirectParagraphEnd = lastClose
                i = j
                continue
            }
            var c = Candidate(
                kind: .direct, segments: segments, mention: attr.mention, cue: attr.cue, rule: rule,
                confidence: attr.confidence)
            if q.recovered { c.confidence *= 0.8 }
            out.append(c)
            lastDirectParagraphEnd = lastClose
            i = j
        }
        return (out, used)
    }

    /// `… because "most people never read it," she said. "We have no idea where it goes."`: a quote
    /// that opens a sentence right after a short tag closing the one before (after a closing mark),
    /// in the same paragraph, with no attribution of its own, is the tag's speaker's next words. The
    /// extractor asks only after the reported-speech rules, which join such a quote to a reported
    /// clause the tag closes (`Yet the plan is a "bet," X said. "…"`), as PolNeAR does.
    func quoteAfterTag(_ qi: Int) -> Candidate? {
        let q = doc.quotes[qi]
        let o = q.openToken
        guard q.isDouble, !q.recovered, o >= 4, tokens[o - 1].isPunct("."), doc.sentenceEndsAfter[o - 1],
            doc.paragraphStartOf[o] == doc.paragraphStartOf[o - 1], !skipParagraph(Int(doc.paragraphStartOf[o])),
            opensFullSentence(q), let c = phrases.cue(at: o - 2), c.last == o - 2, c.first == c.verb,
            !c.entry.participle, c.entry.cueClass == .speech,
            let np = phrases.subject(before: c.first, lowerBound: max(0, c.first - 6)), np.upperBound + 1 == c.first,
            np.lowerBound >= 2, doc.closesQuote(np.lowerBound - 1)
        else { return nil }
        let head = tokens[np.upperBound]
        guard head.isCapitalized || SpeakerLexicon.subjectPronouns.contains(head.key) else { return nil }
        return Candidate(
            kind: .direct, segments: [q.contentStart..<q.contentEnd], mention: np, cue: c.first...c.last,
            rule: "quote-after-tag", confidence: 0.6)
    }

    /// Whether the paragraph starting at `paraStart` directly follows the one that holds `token`.
    private func isPreviousParagraph(of paraStart: Int, endingAfter token: Int) -> Bool {
        guard paraStart >= 2, token < tokens.count else { return false }
        let prevParaStart = Int(doc.paragraphStartOf[paraStart - 2])
        let tokenPara = Int(doc.paragraphStartOf[min(token, tokens.count - 1)])
        return prevParaStart == tokenPara || token >= paraStart - 1
    }

    /// Whether a quote holds a whole utterance that ends inside the marks (`chanted "What curfew?" and
    /// kept going`, `says, "Don't do it," until …`): the words after it are narration, not the
    /// speaker's clause.
    private func closesUtterance(_ q: QuotedSpan) -> Bool {
        let c = q.closeToken
        guard c > q.openToken + 1, c < tokens.count, tokens[q.openToken + 1].isCapitalized else { return false }
        let last = tokens[c - 1]
        return last.isPunct("?") || last.isPunct("!") || last.isPunct(",")
    }

    /// For `called it "a disaster" for the region, …`: the end of the clause that continues after
    /// the closing mark (up to a comma or the sentence end), or nil when the quote ends the clause.
    private func clauseTail(after q: QuotedSpan, relativeSubject: Bool = false) -> (end: Int, last: Int)? {
        let c = q.closeToken
        // (`called the report a "rush to judgment," because …`: a reason goes on after a comma too.)
        guard c < tokens.count, c > 0, !AnalyzedText.isTerminal(tokens[c - 1]),
            !tokens[c - 1].isPunct(",") || c + 1 < tokens.count && tokens[c + 1].key == SpeakerLexicon.because
        else {
            return nil
        }
        // `called the system "rigged" in a tweet Tuesday`, `blasted X as a "disgrace" Wednesday on …`,
        // `… as a "crazy system" during a campaign stop`: when and where it was said is narration.
        if c + 1 < tokens.count, tokens[c + 1].isWord,
            SpeakerLexicon.timeWords.contains(tokens[c + 1].key) || tokens[c + 1].key == SpeakerLexicon.during
                || c + 3 < tokens.count && tokens[c + 1].key == SpeakerLexicon.in
                    && SpeakerLexicon.articles.contains(tokens[c + 2].key)
                    && SpeakerLexicon.mediumNouns.contains(tokens[c + 3].key)
        {
            return nil
        }
        // `what several senators called "fraud" led the committee to …`, `… is what they called a "scam"
        // took a new turn`: after a relative "what", a verb (a past tense, an auxiliary, or a word
        // taking an object) belongs to the clause the relative is part of.
        if relativeSubject, c + 2 < tokens.count, tokens[c + 1].isWord, !tokens[c + 1].isCapitalized {
            let w = tokens[c + 1]
            let object = tokens[c + 2]
            if phrases.looksLikePastTense(c + 1) || SpeakerLexicon.auxiliaries.contains(w.key)
                || !SpeakerLexicon.stopWords.contains(w.key) && object.isWord
                    && (SpeakerLexicon.articles.contains(object.key)
                        || SpeakerLexicon.possessivePronouns.contains(object.key))
            {
                return nil
            }
        }
        var k = c + 1
        var last: Int? = nil
        // Tokens of the tail outside quotation marks (a later quoted phrase does not count).
        var steps = 0
        while k < tokens.count && steps < 12 {
            let t = tokens[k]
            // `called the winner "Miss Piggy" and "Miss Housekeeping" as examples of …`: a later quoted
            // phrase of the same clause goes on with the characterization; one closing on its own comma
            // or full stop ends it.
            if doc.opensDoubleQuote(k) {
                let next = doc.quotes[Int(doc.quoteOfToken[k])]
                guard next.closeToken < tokens.count, continuesClause(quoteAt: k) else { break }
                last = next.closeToken
                k = next.closeToken + 1
                let inner = tokens[next.closeToken - 1]
                if AnalyzedText.isTerminal(inner) || inner.isPunct(",") { break }
                continue
            }
            if t.kind == .paragraph || t.isPunct(",") || t.isPunct(";") || t.isPunct(":") || AnalyzedText.isTerminal(t)
                || t.isPunct("(") || t.isPunct("—")
            {
                break
            }
            // (`for his recently revealed plan`: a cue word inside a noun phrase is no cue.)
            if t.isWord && phrases.cue(at: k) != nil && !isAttributive(k) { return nil }
            // `called him a "nice guy" and gave no names`, `… "faith" - "faith that …"`, `… as he
            // promised`: a conjunction, a relative or a dash starts another clause ("and" straight
            // before another quoted phrase does not).
            if t.isWord && !t.isCapitalized && SpeakerLexicon.tailStoppers.contains(t.key) {
                if t.key == SpeakerLexicon.and, k + 1 < tokens.count, doc.opensDoubleQuote(k + 1) {
                    k += 1
                    steps += 1
                    continue
                }
                // (`… "Miss Housekeeping" as examples of …`: "as" before a noun goes on; "as he
                // promised" is a clause of its own.)
                let asPhrase =
                    t.key == SpeakerLexicon.as && k + 1 < tokens.count && tokens[k + 1].isWord
                    && !tokens[k + 1].isCapitalized && !SpeakerLexicon.subjectPronouns.contains(tokens[k + 1].key)
                if !asPhrase { break }
            }
            if t.kind == .punct && (t.key == 0x2D || t.key == 0x2013 || t.key == 0x2015) { break }
            last = k
            k += 1
            steps += 1
        }
        guard let l = last, k < tokens.count, steps < 12 || tokens[k].isWord else { return nil }
        var e = l
        while e > c && tokens[e].kind != .word { e -= 1 }
        return e > c ? (Int(tokens[e].end), e) : nil
    }

    /// Whether the cue word at `k` is part of a noun phrase: right after an article or a possessive
    /// (`his revealed plan`), or one modifier after it (`his recently revealed plan`, `Trump's
    /// disrespectful comments`).
    private func isAttributive(_ k: Int) -> Bool {
        func opensNounPhrase(_ j: Int) -> Bool {
            j >= 0 && tokens[j].isWord
                && (SpeakerLexicon.articles.contains(tokens[j].key)
                    || SpeakerLexicon.possessivePronouns.contains(tokens[j].key)
                    || tokens[j].flags.contains(.possessive))
        }
        guard k >= 1, tokens[k].isWord, !tokens[k].isCapitalized else { return false }
        if opensNounPhrase(k - 1) { return true }
        return k >= 2 && tokens[k - 1].isWord && !tokens[k - 1].isCapitalized
            && !SpeakerLexicon.stopWords.contains(tokens[k - 1].key) && opensNounPhrase(k - 2)
    }

    /// When running text follows the closing mark in the same sentence, the end of that sentence
    /// (before its final punctuation); nil when the quote ends its sentence.
    private func sentenceTail(after q: QuotedSpan) -> (end: Int, last: Int)? {
        sentenceTail(afterToken: q.closeToken)
    }

    /// The end of the sentence's running text after token `c` (see `sentenceTail(after:)`).
    private func sentenceTail(afterToken c: Int) -> (end: Int, last: Int)? {
        guard c + 1 < tokens.count, !doc.sentenceEndsAfter[c], tokens[c + 1].isWord else { return nil }
        var k = c + 1
        var last = c
        while k < tokens.count && k - c <= 40 {
            let t = tokens[k]
            if t.kind == .paragraph { break }
            // `claimed "the mayor overstates" the cost through a "creative use of numbers," and …`: a
            // later quoted fragment of the same clause goes on with the statement, unless it has an
            // attribution of its own (`… and 14 percent said "not at all"`).
            if doc.opensDoubleQuote(k) && !continuesClause(quoteAt: k) { break }
            // `… "a joke" and insisted that …`, `…, adding that …`: another statement starts.
            if t.isWord && !t.isCapitalized && !doc.inQuote(k) {
                // `… "jobs, jobs, jobs," but he has also …`: a new clause with its own subject.
                if t.key == SpeakerLexicon.but, k + 1 < tokens.count, tokens[k + 1].isWord,
                    SpeakerLexicon.subjectPronouns.contains(tokens[k + 1].key)
                {
                    break
                }
                // `… is "true," but in the course of the review they …`, `…, but the share of …`: after a
                // comma, "but" and a subject or an opening phrase start a clause of the writer's.
                if t.key == SpeakerLexicon.but, k + 1 < tokens.count, tokens[k + 1].isWord,
                    tokens[k - 1].isPunct(",") || k >= 2 && tokens[k - 1].kind == .quote && tokens[k - 2].isPunct(","),
                    SpeakerLexicon.clauseOpenersAfterBut.contains(tokens[k + 1].key)
                {
                    break
                }
                if SpeakerLexicon.clauseJoinersForCues.contains(t.key), k + 1 < tokens.count, tokens[k + 1].isWord,
                    let cue = phrases.cue(at: k + 1), cue.entry.cueClass != .characterize
                {
                    break
                }
                // `… "leading from behind" and Donald Trump says …`: a new speaker and cue.
                if SpeakerLexicon.clauseJoinersForCues.contains(t.key), k + 2 < tokens.count,
                    tokens[k + 1].isCapitalized,
                    let np = phrases.phraseStarting(at: k + 1, upperBound: min(tokens.count - 2, k + 8)),
                    np.upperBound + 1 < tokens.count, tokens[np.upperBound + 1].isWord,
                    let cue = phrases.cue(at: np.upperBound + 1), cue.entry.cueClass != .characterize
                {
                    break
                }
                if tokens[k - 1].isPunct(","), let cue = phrases.cue(at: k), cue.entry.participle { break }
                // (`… "fair" to him, engaging in …`: a participle clause after a comma is the writer's;
                // "…, housing and jobs" is a list of nouns.)
                if tokens[k - 1].isPunct(","), phrases.isParticiple(k), k + 1 < tokens.count, tokens[k + 1].isWord,
                    !SpeakerLexicon.coordinators.contains(tokens[k + 1].key)
                {
                    break
                }
                if startsNewClause(k) || phrases.startsNarrationAfterQuote(k)
                    || phrases.startsModifierAfterQuotedComma(k)
                {
                    break
                }
            }
            if t.isPunct(";") { break }
            if t.isWord { last = k }
            if doc.sentenceEndsAfter[k] { break }
            k += 1
        }
        return last > c ? (Int(tokens[last].end), last) : nil
    }

    /// After a tag ending at token `e` (`…," the members wrote in a letter to the board`), the token of
    /// a "that" opening a clause after a comma, within the tag's sentence; nil when none follows.
    private func thatAfterTag(_ e: Int) -> Int? {
        var k = e + 1
        while k + 1 < tokens.count && k - e <= 12 && !doc.sentenceEndsAfter[k - 1] {
            let t = tokens[k]
            if t.isPunct(",") {
                let n = tokens[k + 1]
                return n.isWord && !n.isCapitalized && n.key == SpeakerLexicon.that ? k + 1 : nil
            }
            if !t.isWord && !t.isPunct(".") { return nil }
            if t.isWord, phrases.cue(at: k) != nil { return nil }
            k += 1
        }
        return nil
    }

    /// Whether a time clause (`before …`, `after …`, `when …`, `until …`) follows the closing mark: after
    /// `X chanted "…"`, `Y cautioned "…," before …`, it tells when the words were said.
    private func startsTimeClause(after q: QuotedSpan) -> Bool {
        var k = q.closeToken + 1
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        return k < tokens.count && tokens[k].isWord && !tokens[k].isCapitalized
            && SpeakerLexicon.timeSubordinators.contains(tokens[k].key)
    }

    /// Whether the double quote opening at token `k` is a further quoted fragment of the clause that
    /// runs on after an earlier quote: it closes, and no attribution of its own comes before or after it.
    private func continuesClause(quoteAt k: Int) -> Bool {
        let qi = Int(doc.quoteOfToken[k])
        guard qi >= 0, !doc.quotes[qi].recovered else { return false }
        return attributionAfter(qi) == nil && attributionBefore(qi) == nil
    }

    /// Whether the lower-case word at `k`, after the quoted words, starts a clause that is no longer
    /// the speaker's content: a subordinate clause (`… "excited" as he faces …`), a second predicate
    /// or clause after "and"/"but" (`… "ignorant" of Islam and criticized him …`), or a participle
    /// after a comma, also one inside the closing mark (`… "50-state strategy," promising …`).
    private func startsNewClause(_ k: Int) -> Bool {
        let t = tokens[k]
        if SpeakerLexicon.tailSubordinators.contains(t.key) { return true }
        // ("as he faces …" opens a clause; "sees as", "such as", "as to why" do not.)
        if t.key == SpeakerLexicon.as, k + 1 < tokens.count, tokens[k + 1].isWord,
            SpeakerLexicon.subjectPronouns.contains(tokens[k + 1].key) || tokens[k + 1].isCapitalized
        {
            return true
        }
        if SpeakerLexicon.clauseJoinersForCues.contains(t.key), k + 1 < tokens.count, tokens[k + 1].isWord {
            let n = tokens[k + 1]
            if SpeakerLexicon.subjectPronouns.contains(n.key) && n.key != SpeakerLexicon.it { return true }
            if !n.isCapitalized
                && (phrases.looksLikePastTense(k + 1) || SpeakerLexicon.auxiliaries.contains(n.key)
                    || SpeakerLexicon.negations.contains(n.key) || n.key == SpeakerLexicon.did)
            {
                return true
            }
        }
        let commaBefore =
            tokens[k - 1].isPunct(",")
            || k >= 2 && tokens[k - 1].kind == .quote && tokens[k - 2].isPunct(",")
        if commaBefore, let cue = phrases.cue(at: k), cue.entry.participle { return true }
        // `…, implicitly putting his name on the line`: an adverb and a participle after a comma
        // are the writer's gloss on what was said.
        if commaBefore, k + 1 < tokens.count, phrases.isAdverb(k), phrases.isGerund(k + 1) { return true }
        return false
    }

    /// Whether a quote reads as a title: two to eight words, every word capitalized except short
    /// function words, no "?" or "!" ("The Apprentice", "Fox and Friends", "Tough Choices").
    private func looksLikeTitle(_ q: QuotedSpan) -> Bool {
        guard q.closeToken < tokens.count else { return false }
        var words = 0
        var k = q.openToken + 1
        while k < q.closeToken {
            let t = tokens[k]
            if t.isWord {
                words += 1
                if !t.isCapitalized && !SpeakerLexicon.titleFunctionWords.contains(t.key) { return false }
                // ("GROWING PARTY": capitals are shouting, not a title.)
                if t.flags.contains(.allCaps) && t.end - t.start > 2 { return false }
            } else if t.isPunct("?") || t.isPunct("!") || t.kind == .quote {
                return false
            } else if t.isPunct(",") && k + 1 < q.closeToken {
                return false  // "Bernie or Jill, No Hill": a chant with a pause
            }
            k += 1
        }
        return words >= 2 && words <= 8 && tokens[q.openToken + 1].isCapitalized
    }

    /// Whether a quote opens with a capitalized word and holds at least four words: a sentence of
    /// speech rather than a title or a scare-quoted phrase.
    private func opensFullSentence(_ q: QuotedSpan) -> Bool {
        guard q.openToken + 1 < q.closeToken, tokens[q.openToken + 1].isCapitalized else { return false }
        var words = 0
        var k = q.openToken + 1
        while k < q.closeToken && words < 4 {
            if tokens[k].isWord { words += 1 }
            k += 1
        }
        return words >= 4
    }

    /// Whether a quote of at least four words makes up its whole paragraph.
    private func fillsParagraph(_ q: QuotedSpan) -> Bool {
        var words = 0
        var k = q.openToken + 1
        while k < q.closeToken && words < 4 {
            if tokens[k].isWord { words += 1 }
            k += 1
        }
        guard words >= 4 else { return false }
        var j = q.closeToken + 1
        while j < tokens.count && tokens[j].kind == .punct { j += 1 }
        return j >= tokens.count || tokens[j].kind == .paragraph
    }

    /// Whether the rest of the sentence after a quote holds a speech cue of its own
    /// ("“…” to drive up the price, she said").
    private func restHasCue(after q: QuotedSpan) -> Bool {
        var k = q.closeToken + 1
        while k < tokens.count && k - q.closeToken <= 40 {
            if tokens[k].isWord, let c = phrases.cue(at: k), c.entry.cueClass != .characterize { return true }
            if doc.sentenceEndsAfter[k] { return false }
            k += 1
        }
        return false
    }

    /// Whether a quote closes its sentence (or paragraph) rather than sitting inside running text.
    private func endsItsSentence(_ q: QuotedSpan) -> Bool {
        let c = q.closeToken
        guard c < tokens.count else { return true }
        if doc.sentenceEndsAfter[c] { return true }
        if c > 0 && AnalyzedText.isTerminal(tokens[c - 1]) { return true }
        guard c + 1 < tokens.count else { return true }
        let next = tokens[c + 1]
        return next.kind == .paragraph || AnalyzedText.isTerminal(next) || next.kind == .quote
    }

    /// Whether tokens `a..<b` hold only a few adjunct words and punctuation, so that the quote at `b`
    /// continues the same statement.
    private func gapIsFiller(from a: Int, to b: Int) -> Bool {
        guard a <= b else { return false }
        var words = 0
        var k = a
        while k < b {
            let t = tokens[k]
            if t.kind == .quote, doc.quoteOfToken[k] >= 0, inNarration(doc.quotes[Int(doc.quoteOfToken[k])]) {
                k = max(k, doc.quotes[Int(doc.quoteOfToken[k])].closeToken) + 1
                continue
            }
            if t.kind == .paragraph || t.kind == .quote { return false }
            if t.isWord {
                words += 1
                // `…," X said, calling the chief "brilliant."`, `…," the board said, reasoning that Cruz
                // had "no steps to take."`: a participle after a comma whose own clause runs into the
                // next quote reports that quote; it is a statement of its own, whatever the verb.
                if k > a, tokens[k - 1].isPunct(","), phrases.isParticiple(k), tokens[b - 1].isWord,
                    !tokens[b - 1].isCapitalized, !sentenceBreak(from: k, to: b)
                {
                    return false
                }
                if let c = phrases.cue(at: k), c.entry.cueClass != .characterize, !isNegated(c) {
                    // A participle may describe the delivery ("…," she said, stressing the point.
                    // "…"); one that introduces the next quote ("adding that", "asking her,") starts
                    // a new statement.
                    // (A relative clause about the speaker, "…," said X, who noted that …. "…", is
                    // narration, unless the next quote is inside it.)
                    if !c.entry.participle
                        && !((inRelativeClause(c, from: a) || inSubordinateClause(c, from: a))
                            && sentenceBreak(from: c.last + 1, to: b))
                    {
                        return false
                    }
                    // "…," he said, adding that the count was "wrong": a quote inside the participle's
                    // reported clause is a statement of its own. (After the clause's full stop, a new
                    // quoted sentence goes on with the speaker's words.)
                    if c.last + 1 < b, tokens[c.last + 1].key == SpeakerLexicon.that,
                        !sentenceBreak(from: c.last + 1, to: b)
                    {
                        return false
                    }
                    let lead = tokens[b - 1]
                    // `…," she said, mentioning that the ferry is "nearly done."`: a quote inside the
                    // participle's own clause (after a word of it, in the same sentence) is what the
                    // participle reports, not more of the first quote.
                    if c.entry.participle, lead.isWord, !sentenceBreak(from: c.last + 1, to: b) { return false }
                    // (`…," X wrote, explaining why …, "but most agree …"`: a quote resuming in lower
                    // case goes on with the first sentence.)
                    let resumes =
                        b + 1 < tokens.count && tokens[b + 1].isWord && !tokens[b + 1].isCapitalized
                        && lead.isPunct(",")
                    if !resumes && (lead.isPunct(",") || lead.isPunct(":") || lead.key == SpeakerLexicon.that) {
                        return false
                    }
                }
            }
            k += 1
        }
        return words <= DirectQuoteRules.fillerWords
    }

    /// Whether a cue sits in a relative clause describing the speaker ("…," said X, who noted that
    /// …. "…"): it does not start another speaker's statement.
    private func inRelativeClause(_ c: CueMatch, from a: Int) -> Bool {
        // (`said X, 65, who voted for Rowe but showed up in Tulsa …`: the relative clause may hold a
        // few words and a second verb before the cue.)
        // (`said X, who, like the others, responded anonymously`: an aside in commas; `with a passion
        // that almost suggested …`, `the dents that Rowe showed …`: "that" after a noun.)
        var m = c.first - 1
        while m >= a && c.first - m <= 10 && (tokens[m].isWord || tokens[m].isPunct(",")) {
            let key = tokens[m].key
            if tokens[m].isWord && SpeakerLexicon.relativePronouns.contains(key) { return true }
            if key == SpeakerLexicon.that, m - 1 >= a, tokens[m - 1].isWord, !tokens[m - 1].isCapitalized,
                !SpeakerLexicon.stopWords.contains(tokens[m - 1].key), phrases.cue(at: m - 1) == nil,
                !phrases.isGerund(m - 1), !phrases.looksLikePastTense(m - 1)
            {
                return true
            }
            m -= 1
        }
        return false
    }

    /// Whether a cue sits in a subordinate clause of the narration ("…," she said when asked about
    /// …, "after Jones assured him that …"): it describes the occasion, not a new statement.
    private func inSubordinateClause(_ c: CueMatch, from a: Int) -> Bool {
        // ("…," McCain said, asked about the delay. "…": a passive "asked" after a comma.)
        if c.first - 1 >= a, tokens[c.first - 1].isPunct(","), tokens[c.verb].key == SpeakerLexicon.asked {
            return true
        }
        var m = c.first - 1
        while m >= a && c.first - m <= 3 {
            let t = tokens[m]
            if t.isWord && !t.isCapitalized && SpeakerLexicon.subordinators.contains(t.key) { return true }
            if !t.isWord { return false }
            m -= 1
        }
        return false
    }

    /// Whether a cue is negated ("He didn't suggest retaliation."): narration about what the speaker
    /// did not say attributes nothing, so it does not end the speaker's quote.
    private func isNegated(_ c: CueMatch) -> Bool {
        var m = max(0, c.first - 1)
        while m < c.verb {
            if tokens[m].isWord && SpeakerLexicon.negations.contains(tokens[m].key) { return true }
            m += 1
        }
        return false
    }

    /// Whether the quote `next` can resume a speaker's words after a gap of narration starting at
    /// token `a`: after a long gap it must open its own sentence (a quoted title or phrase inside
    /// the narration, `helped create a new season of "Harbor Lights"`, is not the speaker's).
    private func continuesSpeech(_ next: QuotedSpan, gapFrom a: Int) -> Bool {
        let o = next.openToken
        guard o > 0 else { return true }
        let before = tokens[o - 1]
        var words = 0
        var k = a
        while k < o {
            if tokens[k].isWord { words += 1 }
            k += 1
        }
        if words > DirectQuoteRules.shortGap {
            if AnalyzedText.isTerminal(before) || doc.sentenceEndsAfter[o - 1] { return true }
            // `…, said X, head of policy at Y. Now, "within the community …"`: a short opener after
            // the narration's full stop.
            guard before.isPunct(",") else { return false }
            // `"…," said X, director of a long-named institute, "but it is …"`: the sentence goes
            // on in lower case after the speaker's appositive.
            if o + 1 < tokens.count, tokens[o + 1].isWord, !tokens[o + 1].isCapitalized, !sentenceBreak(from: a, to: o)
            {
                return true
            }
            var s = o - 1
            var lead = 0
            while s > a && !doc.sentenceEndsAfter[s - 1] {
                if tokens[s].isWord { lead += 1 }
                s -= 1
            }
            return s > a && lead <= 3
        }
        return true
    }

    /// Whether a quote is a title inside running narration (`a host on the show "Shark Tank."`): it
    /// follows a lower-case word and reads as a title.
    private func inNarration(_ q: QuotedSpan) -> Bool {
        let o = q.openToken
        guard o > 0, tokens[o - 1].isWord, !tokens[o - 1].isCapitalized, !doc.sentenceEndsAfter[o - 1],
            phrases.cue(at: o - 1) == nil
        else { return false }
        return looksLikeTitle(q)
    }

    /// Whether a sentence ends among tokens `a..<b`.
    private func sentenceBreak(from a: Int, to b: Int) -> Bool {
        var k = max(0, a - 1)
        while k < b {
            if doc.sentenceEndsAfter[k] { return true }
            k += 1
        }
        return false
    }

    /// Most words of an attribution gap after which a resumed quote must open a new sentence.
    private static let shortGap = 8

    /// Most words of narration between two pieces of one speaker's quote in a paragraph
    /// ("…," Spencer said, as a few fighters worked out inside the gym. "…"). Narration with a cue of
    /// its own never joins pieces, whatever its length.
    private static let fillerWords = 60

    /// `"…," X said` / `"…," said X` / `"…" — X`.
    func attributionAfter(_ qi: Int) -> Attribution? {
        let q = doc.quotes[qi]
        let n = tokens.count
        var k = q.closeToken + 1
        guard k < n, q.closeToken < n, tokens[q.closeToken].kind == .quote, !looksLikeTitle(q) else { return nil }
        // `"…," X said` quotes open their sentence; a quoted title inside running text ("On “Fox News
        // Sunday,” Pence said …") is left to the reported-speech rules.
        let o = q.openToken
        // A dash opens an aside that may hold a tagged quote: `… the mayor - "Born rich," Lind said - but …`.
        let opensSentence =
            o == 0 || doc.sentenceEndsAfter[o - 1] || tokens[o - 1].kind == .quote
            || tokens[o - 1].isPunct(":") || tokens[o - 1].isPunct("(")
            || tokens[o - 1].kind == .punct
                && (tokens[o - 1].key == 0x2014 || tokens[o - 1].key == 0x2013 || tokens[o - 1].key == 0x2D)
        guard opensSentence else { return nil }
        // A signature line under a quoted paragraph: `"…"` ⏎ `- Hillary Clinton.`
        if tokens[k].kind == .paragraph, k + 2 < n, tokens[k + 1].kind == .punct,
            tokens[k + 1].key == 0x2D || tokens[k + 1].key == 0x2014 || tokens[k + 1].key == 0x2015
                || tokens[k + 1].key == 0x2013,
            let np = phrases.phraseStarting(at: k + 2, upperBound: min(n - 1, k + 8)),
            tokens[np.lowerBound].isCapitalized
        {
            var end = np.upperBound + 1
            while end < n && tokens[end].kind == .punct && tokens[end].key == 0x2E { end += 1 }
            if end >= n || tokens[end].kind == .paragraph {
                return Attribution(
                    mention: np, cue: (k + 1)...(k + 1), lastToken: np.upperBound, rule: "quote-dash",
                    confidence: 0.65)
            }
        }
        // A quote ending its sentence ("…." he said) is still attributed; one ending in ". Then" is not.
        var dash: Int? = nil
        while k < n, tokens[k].kind == .punct {
            let key = tokens[k].key
            if key == 0x2C {
                k += 1
            } else if key == 0x2014 || key == 0x2015 || key == 0x2013 || key == 0x2D {
                dash = k
                k += 1
            } else {
                break
            }
        }
        guard k < n, tokens[k].isWord, !doc.inQuote(k) else { return nil }
        let limit = min(n - 1, k + DirectQuoteRules.afterWindow)
        var upper = k
        // (A nickname in quotation marks, `Marcia "Cia" Price`, is part of the tag.)
        while upper < limit && !doc.sentenceEndsAfter[upper]
            && (tokens[upper + 1].kind != .quote || phrases.isNicknameMark(upper + 1))
            && tokens[upper + 1].kind != .paragraph
        {
            upper += 1
        }
        // CUE NP: `said Caddell`, `wrote Cameron Easley for …`
        if let c = phrases.cue(at: k, lowerBound: k) ?? modifiedCue(at: k, upper: upper), c.first == k,
            !c.entry.participle, c.entry.cueClass != .characterize
        {
            if let np = phrases.phraseStarting(at: c.last + 1, upperBound: upper) {
                return Attribution(
                    mention: np, cue: c.first...c.last, lastToken: np.upperBound, rule: "quote-said-after",
                    confidence: 0.9)
            }
            // `said pollster Ada Lind`, `said undecided voter Ada Lind`: lower-case descriptive words
            // the title list does not hold, then the name.
            var t = c.last + 1
            while t <= upper && t - c.last <= 3 && tokens[t].isWord && !tokens[t].isCapitalized
                && !SpeakerLexicon.stopWords.contains(tokens[t].key) && CueLexicon.words[tokens[t].key] == nil
                && !SpeakerLexicon.determiners.contains(tokens[t].key)
                && !SpeakerLexicon.pronouns.contains(tokens[t].key)
            {
                t += 1
            }
            if t > c.last + 1, t <= upper, tokens[t].isCapitalized, !tokens[t].flags.contains(.allCaps),
                let name = phrases.phraseStarting(at: t, upperBound: upper)
            {
                return Attribution(
                    mention: (c.last + 1)...name.upperBound, cue: c.first...c.last, lastToken: name.upperBound,
                    rule: "quote-said-after", confidence: 0.8)
            }
        }
        // NP [modifiers] CUE: `he said`, `Rep. X (D-Md.) said in an interview`
        var j = k + 1
        while j <= upper {
            if tokens[j].isWord, let c = phrases.cue(at: j, lowerBound: k + 1), c.entry.cueClass != .characterize {
                // After a full stop inside the marks, a capitalized "X said" usually starts a new
                // sentence ("…." Russia insisted that …); accept it only as a short closing tag.
                let closedSentence = q.closeToken > 0 && tokens[q.closeToken - 1].isPunct(".")
                if closedSentence && !endsShortly(after: c.last) { break }
                if let np = phrases.subject(before: c.first, lowerBound: k), np.lowerBound == k,
                    phrases.agrees(c, with: np)
                {
                    return Attribution(
                        mention: np, cue: c.first...c.last, lastToken: c.last, rule: "quote-said-after",
                        confidence: 0.92)
                }
                // `"…," the assailant, Piet Laarman, told …`: a short description, then the name
                // between commas.
                if let np = phrases.subject(before: c.first, lowerBound: k), np.lowerBound > k + 1,
                    np.lowerBound - k <= 6, tokens[np.lowerBound - 1].isPunct(","),
                    tokens[np.upperBound].isCapitalized, phrases.agrees(c, with: np),
                    let lead = phrases.phraseStarting(at: k, upperBound: np.lowerBound - 2),
                    lead.upperBound == np.lowerBound - 2
                {
                    return Attribution(
                        mention: np, cue: c.first...c.last, lastToken: c.last, rule: "quote-said-after",
                        confidence: 0.85)
                }
                // `"…," Harry Bond, 30, of Raleigh, N.C., who was polled, said`: a name, then an
                // appositive of several commas, then the cue.
                if c.first > k + 2, tokens[c.first - 1].isPunct(","),
                    let np = phrases.phraseStarting(at: k, upperBound: c.first - 2, subjectPosition: true),
                    np.upperBound + 1 < c.first - 1, tokens[np.upperBound + 1].isPunct(","),
                    tokens[np.upperBound].isCapitalized, !tokens[np.upperBound].flags.contains(.allCaps)
                {
                    return Attribution(
                        mention: np, cue: c.first...c.last, lastToken: c.last, rule: "quote-said-after",
                        confidence: 0.8)
                }
                // `"…," French President Fran?ois Hollande said`: a tag the phrase finder cannot
                // parse (mangled letters, odd symbols) is still the speaker when it is one
                // capitalized run of words ending at the cue.
                if let np = plainTag(from: k, before: c.first) ?? describedTag(from: k, before: c.first) {
                    return Attribution(
                        mention: np, cue: c.first...c.last, lastToken: c.last, rule: "quote-said-after",
                        confidence: 0.7)
                }
                break
            }
            j += 1
        }
        // `"…" — X` at the end of a sentence or paragraph.
        var lastWord = upper
        while lastWord > k && tokens[lastWord].kind == .punct { lastWord -= 1 }
        if let d = dash, let np = phrases.phraseStarting(at: k, upperBound: upper), np.upperBound == lastWord,
            tokens[np.lowerBound].isCapitalized
        {
            return Attribution(mention: np, cue: d...d, lastToken: np.upperBound, rule: "quote-dash", confidence: 0.75)
        }
        return unlistedTag(q, from: k, upper: upper)
    }

    /// Tokens `k..<cue` as a speaker mention when they are words (or symbols glued inside a word),
    /// at most eight, opening and ending with a capitalized word.
    private func plainTag(from k: Int, before cue: Int) -> ClosedRange<Int>? {
        let e = cue - 1
        guard e >= k, e - k < 12, tokens[k].isWord, tokens[k].isCapitalized, tokens[e].isWord,
            tokens[e].isCapitalized, !tokens[e].flags.contains(.allCaps)
        else { return nil }
        var j = k + 1
        while j <= e {
            let t = tokens[j]
            if !t.isWord {
                let glued =
                    t.kind == .punct && t.start == tokens[j - 1].end && j + 1 <= e && tokens[j + 1].start == t.end
                if !glued { return nil }
            } else if !t.isCapitalized
                && (SpeakerLexicon.stopWords.contains(t.key) || CueLexicon.modifiers.contains(t.key))
            {
                // (`Ada Lind and Tim Moore said`, `Jeffrey Lund of the Martin Center for Harbor Studies
                // wrote`: a link word between capitalized words.)
                let linked =
                    SpeakerLexicon.nameLinks.contains(t.key) && j + 1 <= e
                    && (tokens[j + 1].isCapitalized
                        || tokens[j + 1].key == SpeakerLexicon.the && j + 2 <= e && tokens[j + 2].isCapitalized)
                if !linked { return nil }
            }
            j += 1
        }
        return k...e
    }

    /// Tokens `k..<cue` as a speaker mention when they are a determiner and a short description
    /// with place or affiliation links (`"…?" a narrator in the campaign ad asks`): at most eight
    /// words, no other stop words, no cue.
    private func describedTag(from k: Int, before cue: Int) -> ClosedRange<Int>? {
        let e = cue - 1
        guard e > k, e - k < 8, tokens[k].isWord, SpeakerLexicon.articles.contains(tokens[k].key) else { return nil }
        var j = k + 1
        while j <= e {
            let t = tokens[j]
            guard t.isWord, CueLexicon.words[t.key] == nil || t.isCapitalized else { return nil }
            if !t.isCapitalized && SpeakerLexicon.stopWords.contains(t.key)
                && !SpeakerLexicon.subjectLinks.contains(t.key)
            {
                return nil
            }
            j += 1
        }
        return SpeakerLexicon.subjectLinks.contains(tokens[e].key) ? nil : k...e
    }

    /// `"…," she posted.` / `"…?" a staffer wondered.` / `"…," Bennett shot back.` — a short tag with a
    /// verb the lexicon does not list. Only after a quote that ends in a comma, "?" or "!" (the
    /// punctuation of a quote awaiting its tag), and only when the tag ends the sentence.
    private func unlistedTag(_ q: QuotedSpan, from k: Int, upper: Int) -> Attribution? {
        guard q.closeToken > 0 else { return nil }
        let inner = tokens[q.closeToken - 1]
        guard inner.isPunct(",") || inner.isPunct("?") || inner.isPunct("!") else { return nil }
        // Inverted: `"…!" beamed Ada Lind of Tulsa.` — a past-tense verb, then a capitalized name.
        if dashFree(k, upper), phrases.looksLikePastTense(k), k + 1 <= upper,
            let np = phrases.phraseStarting(at: k + 1, upperBound: upper), tokens[np.lowerBound].isCapitalized,
            !tokens[np.lowerBound].flags.contains(.allCaps), np.count <= 6,
            np.upperBound == upper || tokens[np.upperBound + 1].isPunct(",") || endsShortly(after: np.upperBound)
        {
            return Attribution(
                mention: np, cue: k...k, lastToken: np.upperBound, rule: "quote-tag-unlisted", confidence: 0.6)
        }
        guard dashFree(k, upper), let np = phrases.phraseStarting(at: k, upperBound: upper, subjectPosition: true),
            np.count <= 5, np.upperBound + 1 <= upper
        else { return nil }
        let head = tokens[np.upperBound]
        guard
            head.isCapitalized || SpeakerLexicon.subjectPronouns.contains(head.key)
                || SpeakerLexicon.roleNouns.contains(head.key) || SpeakerLexicon.groupNouns.contains(head.key)
        else { return nil }
        let verb = np.upperBound + 1
        guard phrases.looksLikePastTense(verb) || phrases.isPresentTense(verb) else { return nil }
        var last = verb
        if last + 1 <= upper, tokens[last + 1].isWord, SpeakerLexicon.verbParticles.contains(tokens[last + 1].key) {
            last += 1
        }
        // (`"…!" the crowd cried out, booing.`, `"…," Lind barked and a guard led him out.`: a participle
        // or a new clause may follow the tag.)
        let n = last + 1
        let goesOn =
            n + 1 < tokens.count && !doc.sentenceEndsAfter[last]
            && (tokens[n].isPunct(",") && phrases.isGerund(n + 1)
                || tokens[n].isWord && tokens[n].key == SpeakerLexicon.and)
        guard endsShortly(after: last) || goesOn else { return nil }
        return Attribution(mention: np, cue: verb...last, lastToken: last, rule: "quote-tag-unlisted", confidence: 0.6)
    }

    private func dashFree(_ a: Int, _ b: Int) -> Bool {
        var j = a
        while j <= b {
            if tokens[j].kind == .quote { return false }
            j += 1
        }
        return true
    }

    /// `Obama called the holiday "a celebration …"`: a characterizing verb, a short object and the
    /// quotation, all in one clause.
    private func characterization(_ c: CueMatch, quoteOpen: Int, sentence: Int, floor: Int) -> Attribution? {
        var k = c.last + 1
        while k < quoteOpen {
            if tokens[k].kind != .word && !tokens[k].isPunct(",") { return nil }
            k += 1
        }
        guard quoteOpen - c.last <= DirectQuoteRules.characterizeWindow else { return nil }
        // "was labeled" is passive ("is calling" is not); "calling out", "call off" are other verbs.
        var m = c.first
        while m < c.verb && !c.entry.participle {
            if SpeakerLexicon.passiveAuxiliaries.contains(tokens[m].key) { return nil }
            m += 1
        }
        if c.last + 1 < quoteOpen && SpeakerLexicon.verbParticles.contains(tokens[c.last + 1].key) { return nil }
        let coordinated = c.first > floor && SpeakerLexicon.coordinators.contains(tokens[c.first - 1].key)
        // "X is calling the plan "…"": a progressive is a finite verb, and its subject must open the
        // sentence ("Trump said aides were calling …" is reported). ("She’s calling": a contracted "is".)
        let progressive =
            c.entry.participle && c.first < c.verb
            && (SpeakerLexicon.passiveAuxiliaries.contains(tokens[c.verb - 1].key)
                || tokens[c.verb - 1].key == Tokenizer.contractedIs)
        var np: ClosedRange<Int>?
        if progressive {
            np = phrases.subject(before: c.first, lowerBound: floor)
            if let s = np, s.lowerBound != sentence { return nil }
        } else if c.entry.participle || coordinated {
            np = phrases.sentenceSubject(from: sentence, before: c.first)
        } else {
            np = phrases.subject(before: c.first, lowerBound: floor)
        }
        guard let mention = np, phrases.agrees(c, with: mention) else { return nil }
        // `Clinton said that she called Rowe to praise what she called "a fine race."`: the
        // characterization sits inside an earlier speech verb's clause, which is the statement.
        if insideReportedClause(before: min(mention.lowerBound, c.first), floor: floor) { return nil }
        let head = tokens[mention.upperBound]
        guard
            head.isCapitalized || SpeakerLexicon.pronouns.contains(head.key)
                || SpeakerLexicon.roleNouns.contains(head.key) || SpeakerLexicon.organizationWords.contains(head.key)
        else { return nil }
        var start: Int? = c.last + 1 < quoteOpen ? Int(tokens[c.last + 1].start) : nil
        var speaker = mention
        var relative = false
        // "what he called a “brazen breach”": the relative "what" opens the statement.
        if mention.lowerBound > floor, tokens[mention.lowerBound - 1].key == SpeakerLexicon.what {
            start = Int(tokens[mention.lowerBound - 1].start)
            relative = true
            // "Ban condemned what he called …": the pronoun stands for the sentence's named subject.
            if mention.count == 1, SpeakerLexicon.thirdPersonPronouns.contains(head.key),
                let main = phrases.sentenceSubject(from: sentence, before: mention.lowerBound - 1),
                main.upperBound < mention.lowerBound - 1, tokens[main.upperBound].isCapitalized,
                !tokens[main.upperBound].flags.contains(.possessive),
                !SpeakerLexicon.pronouns.contains(tokens[main.upperBound].key)
            {
                speaker = main
            }
        } else if let r = objectRelative(before: mention, floor: floor) {
            // "…, which Mr. Trump called "a disgrace"", "whom he described as "peaceful"", "an
            // explosion that the mayor described as …": the relative is the object being
            // characterized and opens the statement.
            start = Int(tokens[r].start)
        }
        return Attribution(
            mention: speaker, cue: c.first...c.last, lastToken: quoteOpen - 1, rule: "quote-characterize",
            confidence: 0.6, contentStart: start, relativeSubject: relative)
    }

    /// Whether a finite speech verb with a subject of its own comes earlier in the sentence, between
    /// `floor` and `k` (`X said that …`, `The Journal notes that …`).
    private func insideReportedClause(before k: Int, floor: Int) -> Bool {
        var j = floor
        while j < k {
            if tokens[j].isWord, let c = phrases.cue(at: j, lowerBound: floor), c.entry.cueClass == .speech,
                !c.entry.participle, c.last + 1 < k, phrases.subject(before: c.first, lowerBound: floor) != nil
            {
                return true
            }
            j += 1
        }
        return false
    }

    /// The relative pronoun that a characterizing clause's subject follows: `which` / `whom` / `who`
    /// right before it, or before an appositive subject (`which Apple's chief executive, Tim Cook,
    /// called …`). ("an explosion that the mayor described as …" was tried too: gold starts such
    /// statements anywhere from the noun to the quote, and it cost as much as it gained.)
    private func objectRelative(before mention: ClosedRange<Int>, floor: Int) -> Int? {
        var r = mention.lowerBound - 1
        guard r >= floor, r > 0 else { return nil }
        // Skip `<description>,` before a subject set off by commas.
        if tokens[r].isPunct(",") {
            var k = r - 1
            while k > floor && r - k <= 8 && tokens[k].isWord
                && !SpeakerLexicon.objectRelatives.contains(tokens[k].key)
            {
                k -= 1
            }
            guard k >= floor, k < r - 1, tokens[k].isWord else { return nil }
            r = k
        }
        guard tokens[r].isWord, !tokens[r].isCapitalized, SpeakerLexicon.objectRelatives.contains(tokens[r].key) else {
            return nil
        }
        return r
    }

    /// `X criticized the law as a "crazy system"`, `Y has dismissed the plan as "a stunt"`: the
    /// sentence's subject, its verb (any verb), a short object, then "as" and the quotation. The
    /// statement runs from the object to the end of the quoted words.
    private func characterizationAs(quoteOpen: Int, sentence: Int, floor: Int) -> Attribution? {
        var a = quoteOpen - 1
        var skipped = 0
        while a > floor && skipped < 3 && tokens[a].isWord && SpeakerLexicon.asFillers.contains(tokens[a].key) {
            a -= 1
            skipped += 1
        }
        // (`… for acting as "the judge"`: "as" after a gerund belongs to the gerund.)
        guard a > floor, sentence == floor, tokens[a].isWord, tokens[a].key == SpeakerLexicon.as,
            tokens[a - 1].key != SpeakerLexicon.such, !phrases.isGerund(a - 1),
            let np = phrases.sentenceSubject(from: sentence, before: a)
        else { return nil }
        var v = np.upperBound + 1
        if tokens[np.upperBound].isCapitalized, let after = afterAside(v, before: a) { v = after }
        while v < a && tokens[v].isWord && !tokens[v].isCapitalized
            && (SpeakerLexicon.auxiliaries.contains(tokens[v].key) || phrases.isAdverb(v))
        {
            v += 1
        }
        // The verb, then an object of one to eight words, all plain words.
        guard v + 1 < a, a - v <= 9, tokens[v].isWord, !tokens[v].isCapitalized,
            phrases.looksLikePastTense(v) || phrases.isPresentTense(v) || phrases.isGerund(v)
                || phrases.cue(at: v) != nil || phrases.isPerfectParticiple(v)
        else { return nil }
        for j in (v + 1)..<a where !tokens[j].isWord { return nil }
        let head = tokens[np.upperBound]
        guard
            head.isCapitalized || SpeakerLexicon.subjectPronouns.contains(head.key)
                || SpeakerLexicon.organizationWords.contains(head.key) || phrases.isNamedGroup(np)
        else { return nil }
        return Attribution(
            mention: np, cue: v...v, lastToken: quoteOpen - 1, rule: "quote-characterize-as", confidence: 0.5,
            contentStart: Int(tokens[v + 1].start))
    }

    /// Whether the sentence ends within a few tokens after `k`, without a quote opening first.
    private func endsShortly(after k: Int) -> Bool {
        var j = k
        while j < tokens.count && j - k <= 5 {
            if j > k && tokens[j].kind == .quote { return false }
            if doc.sentenceEndsAfter[j] { return !(j + 1 < tokens.count && tokens[j].isPunct(":")) }
            j += 1
        }
        return false
    }

    /// A cue introduced by a modifier at `k` ("also said Smith").
    private func modifiedCue(at k: Int, upper: Int) -> CueMatch? {
        var j = k
        while j <= min(upper, k + 2), tokens[j].isWord, CueLexicon.modifiers.contains(tokens[j].key) { j += 1 }
        guard j > k, j <= upper, let c = phrases.cue(at: j, lowerBound: k) else { return nil }
        return c
    }

    /// `No name change, he said, "hides what it really is."`: a tag set off by commas inside a
    /// sentence whose quoted part goes on in lower case. The sentence's opening words belong to the
    /// statement, which starts with the sentence.
    private func interposedStart(_ q: QuotedSpan, mention: ClosedRange<Int>, sentence: Int, floor: Int) -> Int? {
        let first = q.openToken + 1
        let comma = mention.lowerBound - 1
        guard sentence == floor, comma > sentence + 1, tokens[comma].isPunct(","), tokens[q.openToken - 1].isPunct(","),
            first < q.closeToken, tokens[first].isWord, !tokens[first].isCapitalized
        else { return nil }
        // The words before the tag end in a content word ("No name change, he said"); "There was, she
        // said," or "including, he said," leave the quote as the object of their own clause.
        let before = tokens[comma - 1]
        guard before.isWord, !SpeakerLexicon.stopWords.contains(before.key) || before.isCapitalized,
            !phrases.isGerund(comma - 1)
        else { return nil }
        var words = 0
        var k = sentence
        while k < mention.lowerBound - 1 {
            let t = tokens[k]
            if t.kind == .quote || t.kind == .paragraph { return nil }
            if t.isWord {
                words += 1
                if phrases.cue(at: k) != nil { return nil }
            }
            k += 1
        }
        guard words >= 2 else { return nil }
        return Int(tokens[sentence].start)
    }

    /// `The port "is not for sale," she said, "and never will be."`: a sentence that opens in the
    /// writer's words, goes on in a quote and is interrupted by its tag before a second quote in lower
    /// case. The first quote has no tag of its own; the statement is the whole sentence.
    private func interposedAfterQuote(_ qi: Int, mention: ClosedRange<Int>, sentence: Int) -> Int? {
        guard qi > 0 else { return nil }
        let q = doc.quotes[qi]
        let p = doc.quotes[qi - 1]
        let first = q.openToken + 1
        guard q.isDouble, p.isDouble, !p.recovered, p.openToken > sentence, p.closeToken < mention.lowerBound,
            tokens[q.openToken - 1].isPunct(","), first < q.closeToken, tokens[first].isWord,
            !tokens[first].isCapitalized
        else { return nil }
        // The tag follows the first quote directly: `…," she said, "…` or `…", she said, "…`.
        var g = p.closeToken + 1
        let commaAfter = g < mention.lowerBound && tokens[g].isPunct(",")
        if commaAfter { g += 1 }
        guard g == mention.lowerBound, commaAfter || tokens[p.closeToken - 1].isPunct(",") else { return nil }
        // The writer's words before the first quote: no cue of their own, no other quote.
        var k = sentence
        while k < p.openToken {
            let t = tokens[k]
            if t.kind == .quote || t.kind == .paragraph { return nil }
            if t.isWord, phrases.cue(at: k) != nil { return nil }
            k += 1
        }
        return Int(tokens[sentence].start)
    }

    /// `As Ms. Lind put it in a statement last week, the port is "open for business."`, `as the paper
    /// put it, "the operator."`: "as", a subject, "put it" and an adjunct, then a comma; what follows
    /// the comma, with the quoted words, is the subject's statement.
    private func asPutIt(_ q: QuotedSpan, sentence: Int, floor: Int) -> Attribution? {
        let open = q.openToken
        var k = open - 1
        while k > floor && open - k <= 30
            && !(tokens[k].key == SpeakerLexicon.it && k >= 1
                && SpeakerLexicon.putVerbs.contains(tokens[k - 1].key))
        {
            if tokens[k].kind == .quote || tokens[k].kind == .paragraph { return nil }
            k -= 1
        }
        guard k - 2 >= floor, tokens[k].key == SpeakerLexicon.it, SpeakerLexicon.putVerbs.contains(tokens[k - 1].key)
        else { return nil }
        let put = k - 1
        // The subject (and adverbs such as "recently") between "as" and "put".
        var v = put - 1
        while v > floor && phrases.isAdverb(v) { v -= 1 }
        guard let np = phrases.subject(before: v + 1, lowerBound: floor), np.lowerBound - 1 >= floor,
            tokens[np.lowerBound - 1].key == SpeakerLexicon.as
        else { return nil }
        // The first comma after "put it" ends the adjunct; the statement starts after it.
        var c = k + 1
        while c < open && !tokens[c].isPunct(",") {
            if !tokens[c].isWord { return nil }
            c += 1
        }
        guard c < open, c - k <= 14 else { return nil }
        var start = c + 1
        while start < open && tokens[start].kind != .word { start += 1 }
        return Attribution(
            mention: np, cue: put...k, lastToken: open - 1, rule: "quote-put-it", confidence: 0.65,
            contentStart: start < open ? Int(tokens[start].start) : nil)
    }

    /// The subject of a participle cue written next to it: `"…," Nefzi said, adding, "…"` (the
    /// speaker of the cue just before the comma, not the sentence's first noun) and `footage of
    /// Hillary Clinton asking, "…"` (a name right before the participle).
    private func participleSubject(_ c: CueMatch, floor: Int) -> ClosedRange<Int>? {
        guard c.entry.participle, c.first - 1 >= floor else { return nil }
        let before = tokens[c.first - 1]
        if before.isPunct(",") { return phrases.speakerOfNearestCue(before: c.first, floor: floor) }
        guard before.isWord, before.isCapitalized, !before.flags.contains(.allCaps),
            !SpeakerLexicon.pronouns.contains(before.key)
        else { return nil }
        var s = c.first - 1
        while s - 1 > floor && c.first - s < 4 && tokens[s - 1].isWord && tokens[s - 1].isCapitalized { s -= 1 }
        guard s - 1 >= floor, tokens[s - 1].key == SpeakerLexicon.of else { return nil }
        return s...(c.first - 1)
    }

    /// `…, I laughed and said, "…"`: a pronoun or name right before a first verb, "and", then the cue.
    /// The subject of the first verb is the speaker even after a long opening clause.
    private func coordinatedSubject(_ c: CueMatch, floor: Int) -> ClosedRange<Int>? {
        let verb = c.first - 2
        guard !c.entry.participle, verb - 1 >= floor, tokens[c.first - 1].key == SpeakerLexicon.and,
            phrases.looksLikePastTense(verb), tokens[verb - 1].isWord
        else { return nil }
        let head = tokens[verb - 1]
        guard
            SpeakerLexicon.subjectPronouns.contains(head.key) && head.key != SpeakerLexicon.it
                || head.isCapitalized && !head.flags.contains(.allCaps)
        else { return nil }
        guard let np = phrases.phraseEnding(at: verb - 1, lowerBound: floor) else { return nil }
        let s = np.lowerBound
        guard s == floor || tokens[s - 1].isPunct(",") || doc.sentenceEndsAfter[s - 1] else { return nil }
        return np
    }

    /// `X said, "…"`, `X told CBS: "…"`, `X said that "…"`, `X: "…"`.
    func attributionBefore(_ qi: Int) -> Attribution? {
        let q = doc.quotes[qi]
        let open = q.openToken
        guard open > 0 else { return nil }
        var k = open - 1
        // `He said:` ending the previous paragraph introduces a quote that fills the next one.
        if k >= 1 && tokens[k].kind == .paragraph && tokens[k - 1].isPunct(":") { k -= 1 }
        let sentence = phrases.sentenceStart(of: k)
        var floor = max(sentence, Int(doc.paragraphStartOf[k]))
        if qi > 0 { floor = max(floor, doc.quotes[qi - 1].closeToken + 1) }
        guard k >= floor, tokens[k].kind != .paragraph else { return nil }
        let lead = tokens[k]
        let endsWithIntro =
            lead.isPunct(",") || lead.isPunct(":") || lead.key == SpeakerLexicon.that
            || lead.isWord
        guard endsWithIntro else { return nil }
        // Search the cue among the last few tokens.
        var j = k
        // (A characterizing verb may sit further back: `described the excitement when the director
        // approached the network about "…"`.)
        while j >= max(floor, k - DirectQuoteRules.characterizeWindow) {
            if tokens[j].isWord, let c = phrases.cue(at: j, lowerBound: floor),
                k - j <= DirectQuoteRules.beforeWindow || c.entry.cueClass == .characterize
            {
                let between = k - c.last
                if c.entry.cueClass == .characterize {
                    if let a = characterization(c, quoteOpen: open, sentence: sentence, floor: floor) { return a }
                    j -= 1
                    continue
                }
                if between == 0 || between <= 8 && (lead.isPunct(",") || lead.isPunct(":"))
                    || between == 1
                        && lead.key == SpeakerLexicon.that
                {
                    // `her memoir, "Tough Choices."`, `told "Fox and Friends,"`: a title, not speech.
                    if looksLikeTitle(q) { return nil }
                    var np: ClosedRange<Int>?
                    if c.entry.participle
                        || c.first > floor && SpeakerLexicon.coordinators.contains(tokens[c.first - 1].key)
                    {
                        np =
                            coordinatedSubject(c, floor: floor) ?? participleSubject(c, floor: floor)
                            ?? phrases.sentenceSubject(from: sentence, before: c.first)
                            ?? phrases.speakerOfNearestCue(before: c.first, floor: floor)
                    } else {
                        np = phrases.subject(before: c.first, lowerBound: floor)
                        if np == nil && c.last < k {
                            // Inverted: `Said Ellis: "…"`.
                            np = phrases.phraseStarting(at: c.last + 1, upperBound: k - 1)
                        }
                    }
                    guard let mention = np, phrases.agrees(c, with: mention) else { return nil }
                    let rule = lead.isPunct(":") ? "quote-said-colon" : "quote-said-before"
                    // `X adds that Muslims have two choices: "…"`, `X said because … , "…"`: a clause
                    // opened right after the cue leads into the quote and belongs to the statement.
                    // (`said as he introduced her, "…"`: a clause of time tells the occasion.)
                    var clauseStart: Int? = nil
                    if c.last + 2 < k, tokens[c.last + 1].isWord, !tokens[c.last + 1].isCapitalized,
                        SpeakerLexicon.clauseOpenersAfterCue.contains(tokens[c.last + 1].key)
                    {
                        clauseStart = Int(tokens[c.last + 1].start)
                    }
                    return Attribution(
                        mention: mention, cue: c.first...c.last, lastToken: k, rule: rule,
                        confidence: c.entry.participle ? 0.75 : 0.88,
                        contentStart: clauseStart
                            ?? (c.first == mention.upperBound + 1
                                ? interposedStart(q, mention: mention, sentence: sentence, floor: floor) : nil)
                            ?? interposedAfterQuote(qi, mention: mention, sentence: sentence))
                }
                break
            }
            j -= 1
        }
        if let a = characterizationAs(quoteOpen: open, sentence: sentence, floor: floor) { return a }
        // `Zelensky: 'time to talk'` — a short name and a colon opening the sentence.
        // (`POLLS MISSED THE SURGE - Ada Lind: "…"`: a dash after a heading opens it too. `Rep. Ada Lind
        // (D-Maine): "…"`: a party label stands between the name and the colon.)
        var nameEnd = k - 1
        if nameEnd > floor, tokens[nameEnd].isPunct(")") {
            var p = nameEnd - 1
            while p > floor && nameEnd - p < 8 && !tokens[p].isPunct("(") { p -= 1 }
            if tokens[p].isPunct("(") { nameEnd = p - 1 }
        }
        if lead.isPunct(":"), nameEnd >= floor, let np = phrases.phraseEnding(at: nameEnd, lowerBound: floor),
            np.lowerBound == floor || np.lowerBound == sentence
                || np.lowerBound - 1 >= floor && tokens[np.lowerBound - 1].kind == .punct
                    && (tokens[np.lowerBound - 1].key == 0x2D || tokens[np.lowerBound - 1].key == 0x2013
                        || tokens[np.lowerBound - 1].key == 0x2014),
            np.count <= 5,
            tokens[np.upperBound].isCapitalized || SpeakerLexicon.pronouns.contains(tokens[np.upperBound].key)
        {
            return Attribution(mention: np, cue: k...k, lastToken: k, rule: "quote-colon", confidence: 0.7)
        }
        // `Clinton quipped, "I'm …"` — a named subject, a past-tense verb we do not list, a comma, and
        // a quoted sentence of several words: the quote is what the subject said.
        // (`Okafor joked, leaning on the rail, "We …"`: a short aside may follow the verb.)
        if lead.isPunct(","), k - sentence <= 20, sentence == floor, opensFullSentence(q),
            let np = phrases.sentenceSubject(from: sentence, before: k), np.upperBound + 1 < k
        {
            let head = tokens[np.upperBound]
            var verb = np.upperBound + 1
            var passive = false
            while verb < k && tokens[verb].isWord && !tokens[verb].isCapitalized
                && (SpeakerLexicon.auxiliaries.contains(tokens[verb].key) || phrases.isAdverb(verb))
            {
                // "Trump was asked, "…"": the quoted words are someone else's.
                if SpeakerLexicon.passiveAuxiliaries.contains(tokens[verb].key) { passive = true }
                verb += 1
            }
            var last = verb
            if last + 1 < k, tokens[last + 1].isWord, SpeakerLexicon.verbParticles.contains(tokens[last + 1].key) {
                last += 1
            }
            // Right after the verb, or after an aside set off by commas.
            var plain = last == k - 1 || last + 1 < k && tokens[last + 1].isPunct(",")
            if plain {
                for j in (last + 1)..<k where !tokens[j].isWord && !tokens[j].isPunct(",") { plain = false }
            }
            if plain, !passive, verb < k, phrases.looksLikePastTense(verb) || phrases.cue(at: verb) != nil,
                head.isCapitalized && !head.flags.contains(.allCaps)
                    || SpeakerLexicon.subjectPronouns.contains(head.key)
            {
                return Attribution(
                    mention: np, cue: verb...last, lastToken: k, rule: "quote-said-unlisted", confidence: 0.55)
            }
        }
        // `As the mayor put it, "…"`, `As Lind, the port's chief, put it: "…"`.
        if lead.isPunct(",") || lead.isPunct(":"), k >= floor + 3, tokens[k - 1].key == SpeakerLexicon.it,
            SpeakerLexicon.putVerbs.contains(tokens[k - 2].key),
            let np = phrases.subject(before: k - 2, lowerBound: floor)
        {
            return Attribution(
                mention: np, cue: (k - 2)...(k - 1), lastToken: k, rule: "quote-put-it", confidence: 0.7)
        }
        if let a = asPutIt(q, sentence: sentence, floor: floor) { return a }
        // `Trump leaned in and boomed: "…"` — a verb we do not list, then a colon: the sentence's
        // subject introduces the quote.
        if lead.isPunct(":"), k - sentence <= 36, sentence == floor,
            let np = phrases.sentenceSubject(from: sentence, before: k), np.upperBound + 1 < k, k - np.lowerBound <= 14
        {
            let head = tokens[np.upperBound]
            var plain = true
            for j in (np.upperBound + 1)..<k where !tokens[j].isWord && !tokens[j].isPunct(",") { plain = false }
            // (`The letter continues: "…"`, `Her campaign's memo put it bluntly: "…"`: a text, a group
            // or a role with a determiner speaks too.)
            let described =
                !head.isCapitalized && np.count >= 2
                && (SpeakerLexicon.documentNouns.contains(head.key)
                    || SpeakerLexicon.organizationWords.contains(head.key)
                    || SpeakerLexicon.roleNouns.contains(head.key))
            if plain && (head.isCapitalized || SpeakerLexicon.subjectPronouns.contains(head.key) || described) {
                return Attribution(
                    mention: np, cue: (np.upperBound + 1)...k, lastToken: k, rule: "quote-colon-intro",
                    confidence: 0.6)
            }
        }
        if let a = possessiveClaim(q, floor: floor) { return a }
        let mixed = mixedClause(q, sentence: sentence, floor: floor)
        // `X said the plan "works"`: a speech verb heading the sentence keeps the whole clause, even
        // when an "and" inside it joins two verbs.
        if let m = mixed, let c = m.cue, phrases.cue(at: c.lowerBound)?.entry.cueClass == .speech { return m }
        return coordinatedPredicate(q, sentence: sentence) ?? mixed ?? participleClause(q, sentence: sentence)
            ?? statementSaying(q, sentence: sentence) ?? openingParticiple(q, sentence: sentence, floor: floor)
    }

    /// `Bemoaning the "phony system," Lind accused Holm of …`, `Conceding that a deal would come "down
    /// the line," she said …`: a sentence that opens with a participle whose clause holds the quoted
    /// words, then a comma and the main clause's named subject and verb. The subject speaks; the
    /// statement is the participle's complement.
    private func openingParticiple(_ q: QuotedSpan, sentence: Int, floor: Int) -> Attribution? {
        let open = q.openToken
        guard q.isDouble, sentence == floor, open - sentence <= 24, q.closeToken + 2 < tokens.count else { return nil }
        // (`After saying her foot was "…," she …`: a subordinator may lead the participle; its clause
        // may then hold a finite verb.)
        var p = sentence
        let led =
            tokens[p].isWord && tokens[p].isCapitalized && SpeakerLexicon.subordinators.contains(tokens[p].key)
            && p + 1 < open && tokens[p + 1].isWord && !tokens[p + 1].isCapitalized
        if led { p += 1 }
        // (A verb of speech or one of quoting, `Citing "…"`, `Echoing "…"`; `Walking into the office to
        // chants of "…"` is not the subject's speech.)
        let key = tokens[p].key
        let t = tokens[p]
        guard t.isWord, t.isCapitalized != led, !t.flags.contains(.allCaps), t.end - t.start > 4,
            phrases.endsInIng(p), CueLexicon.words[key] != nil || SpeakerLexicon.quotingParticiples.contains(key)
        else { return nil }
        // The participle's clause: plain words up to the quote, no comma (`Emerging from …, the minister
        // "looked ashen"`) and no finite verb before a "that" (`Choosing between X and Y is a "…"` has a
        // gerund subject).
        var that = led
        for j in (p + 1)..<open {
            guard tokens[j].isWord else { return nil }
            if tokens[j].key == SpeakerLexicon.that { that = true }
            if !that
                && (SpeakerLexicon.auxiliaries.contains(tokens[j].key)
                    || SpeakerLexicon.modalVerbs.contains(tokens[j].key))
            {
                return nil
            }
        }
        var first = p + 1
        if first < open, SpeakerLexicon.verbParticles.contains(tokens[first].key) { first += 1 }
        let cueRange = p...(first - 1)
        let start = first < open ? Int(tokens[first].start) : nil
        // Its comma: inside the closing mark or right after it.
        var c = q.closeToken + 1
        if !tokens[q.closeToken - 1].isPunct(",") {
            guard tokens[c].isPunct(",") else { return nil }
            c += 1
        }
        guard c + 1 < tokens.count, !doc.sentenceEndsAfter[q.closeToken] else { return nil }
        // `…," the former mayor's spokeswoman told …`: a speech verb within a few words, after its subject.
        var k = c + 1
        while k < tokens.count && k - c <= 10 && tokens[k].isWord {
            if let cue = phrases.cue(at: k, lowerBound: c), !cue.entry.participle {
                guard let np = phrases.subject(before: cue.first, lowerBound: c), np.lowerBound == c else { break }
                return Attribution(
                    mention: np, cue: cueRange, lastToken: open - 1, rule: "quote-opening-participle",
                    confidence: 0.45, contentStart: start)
            }
            k += 1
        }
        guard let np = phrases.phraseStarting(at: c, upperBound: min(tokens.count - 2, c + 8), subjectPosition: true),
            namesSpeaker(np) || SpeakerLexicon.subjectPronouns.contains(tokens[np.upperBound].key)
        else { return nil }
        var v = np.upperBound + 1
        while v < tokens.count && tokens[v].isWord && !tokens[v].isCapitalized
            && (SpeakerLexicon.auxiliaries.contains(tokens[v].key) || phrases.isAdverb(v))
        {
            v += 1
        }
        // (`…," she was "whisked off" …`: an auxiliary alone may be the main verb.)
        let auxiliary = v > np.upperBound + 1 && SpeakerLexicon.auxiliaries.contains(tokens[np.upperBound + 1].key)
        guard v < tokens.count,
            auxiliary
                || tokens[v].isWord && !tokens[v].isCapitalized
                    && (phrases.looksLikePastTense(v) || phrases.isPresentTense(v) || phrases.cue(at: v) != nil)
        else { return nil }
        return Attribution(
            mention: np, cue: cueRange, lastToken: open - 1, rule: "quote-opening-participle",
            confidence: 0.45, contentStart: start)
    }

    /// `The town released a statement Wednesday saying the remarks "are not facts"`, `Lind put out a
    /// series of tweets calling the plan "a scam"`: a speech participle right after a text the
    /// subject put out; the subject (a person, an office, a campaign) speaks through it.
    private func statementSaying(_ q: QuotedSpan, sentence: Int) -> Attribution? {
        let open = q.openToken
        guard q.isDouble, open - sentence <= 50 else { return nil }
        var p = open - 1
        var cue: CueMatch? = nil
        // (`… a series of tweets saying that <a clause of a dozen words> "…"`: a that-clause may be longer.)
        while p > sentence + 3 && open - p <= 24 && tokens[p].isWord {
            if let c = phrases.cue(at: p), c.entry.participle, c.first == p,
                c.entry.cueClass == .speech || c.entry.cueClass == .characterize || c.entry.cueClass == .urge,
                open - p <= 12 || c.entry.cueClass == .speech && tokens[c.last + 1].key == SpeakerLexicon.that
            {
                cue = c
                break
            }
            p -= 1
        }
        guard let c = cue, c.last + 1 < open else { return nil }
        // The text: a medium noun at most four words before the participle, after a determiner.
        var m = p - 1
        while m > sentence + 1 && p - m <= 4 && tokens[m].isWord
            && !SpeakerLexicon.statementNouns.contains(tokens[m].key)
        {
            m -= 1
        }
        guard m > sentence + 1, p - m <= 4, tokens[m].isWord, SpeakerLexicon.statementNouns.contains(tokens[m].key)
        else { return nil }
        var d = m - 1
        while d > sentence && m - d <= 3 && tokens[d].isWord && !SpeakerLexicon.articles.contains(tokens[d].key)
            && !SpeakerLexicon.possessivePronouns.contains(tokens[d].key)
        {
            d -= 1
        }
        guard d > sentence, m - d <= 3, tokens[d].isWord,
            SpeakerLexicon.articles.contains(tokens[d].key) || SpeakerLexicon.possessivePronouns.contains(tokens[d].key)
        else { return nil }
        // The verb that put it out, right after the subject.
        var v = d - 1
        if v > sentence, SpeakerLexicon.verbParticles.contains(tokens[v].key) { v -= 1 }
        guard v > sentence, tokens[v].isWord, !tokens[v].isCapitalized,
            phrases.looksLikePastTense(v) || SpeakerLexicon.publishVerbs.contains(tokens[v].key),
            let np = publisher(before: v, sentence: sentence)
        else { return nil }
        for j in sentence...np.upperBound where tokens[j].kind == .quote { return nil }
        var start = Int(tokens[c.last + 1].start)
        if c.entry.cueClass == .speech, let that = thatClauseStart(after: c.last, before: open, within: 3) {
            start = that
        }
        return Attribution(
            mention: np, cue: c.first...c.last, lastToken: open - 1, rule: "quote-participle", confidence: 0.4,
            contentStart: start)
    }

    /// The subject right before the verb at `v` that put a text out: the sentence's subject, or a
    /// phrase after an opening clause and its comma (`Shortly after the call ended, Lind's campaign
    /// sent out a release …`).
    private func publisher(before v: Int, sentence: Int) -> ClosedRange<Int>? {
        if let np = phrases.sentenceSubject(from: sentence, before: v), np.upperBound + 1 == v { return np }
        guard let np = phrases.subject(before: v, lowerBound: sentence), np.upperBound + 1 == v,
            np.lowerBound > sentence + 1, tokens[np.lowerBound - 1].isPunct(","),
            namesSpeaker(np)
                || tokens[np.upperBound].isWord && SpeakerLexicon.organizationWords.contains(tokens[np.upperBound].key)
        else { return nil }
        return np
    }

    /// Where a speech verb's that-clause starts (the offset of "that" at most `reach` words after the cue,
    /// before the quote opens), or `nil` when there is none.
    private func thatClauseStart(after cueLast: Int, before open: Int, within reach: Int) -> Int? {
        var t = cueLast + 1
        while t < open && t - cueLast <= reach {
            if tokens[t].key == SpeakerLexicon.that { return Int(tokens[t].start) }
            t += 1
        }
        return nil
    }

    /// `Lind went after Rowe on Monday, portraying him as a "career insider" …`, `The mayor promised to
    /// drop the plan, saying it had been "a poor choice"`: a participle after a comma, whose clause holds
    /// quoted words a few words on, shares the sentence's subject, who speaks. The statement is the
    /// participle's complement (from "that" after a speech verb), to the end of the sentence.
    private func participleClause(_ q: QuotedSpan, sentence: Int) -> Attribution? {
        let open = q.openToken
        guard q.isDouble, open - sentence <= 60 else { return nil }
        // The participle: the nearest word after a comma, with only words and commas up to the quote.
        var p = open - 1
        // (`… a defense of "harbor values," saying …`: the comma may sit inside a closing mark.)
        while p > sentence && open - p <= 12 && tokens[p].isWord && !phrases.followsComma(p) { p -= 1 }
        guard p > sentence + 2, open - p <= 12, p + 1 < open, tokens[p].isWord, phrases.followsComma(p),
            phrases.isParticiple(p), !doc.inQuote(p)
        else { return nil }
        // The subject names a speaker, stands before any quotation in the sentence, and its own
        // verb follows it.
        guard let np = phrases.sentenceSubject(from: sentence, before: p - 1), np.upperBound + 2 < p,
            namesSpeaker(np)
        else { return nil }
        for j in sentence...np.upperBound where tokens[j].kind == .quote { return nil }
        var first = np.upperBound + 1
        // (`X, his chief of staff, urged …, saying …`: an aside may stand before the verb.)
        if tokens[np.upperBound].isCapitalized, let after = afterAside(first, before: p - 1) { first = after }
        while first < p && tokens[first].isWord && !tokens[first].isCapitalized
            && (SpeakerLexicon.auxiliaries.contains(tokens[first].key) || phrases.isAdverb(first))
        {
            if SpeakerLexicon.passiveAuxiliaries.contains(tokens[first].key) && !phrases.isGerund(first + 1) {
                return nil
            }
            first += 1
        }
        guard first < p,
            phrases.looksLikePastTense(first) || phrases.isPresentTense(first) || phrases.cue(at: first) != nil
                || phrases.isPerfectParticiple(first)
        else { return nil }
        var last = p
        if p + 2 < open, SpeakerLexicon.verbParticles.contains(tokens[p + 1].key) { last = p + 1 }
        var start = Int(tokens[last + 1].start)
        if let c = phrases.cue(at: p), c.entry.cueClass == .speech,
            let that = thatClauseStart(after: c.last, before: open, within: 8)
        {
            start = that
        }
        return Attribution(
            mention: np, cue: p...last, lastToken: open - 1, rule: "quote-participle", confidence: 0.4,
            contentStart: start)
    }

    /// `Trump's claim that there have been "thousands of shootings"`, `his promise that …`: a claim
    /// noun owned by the speaker, then a that-clause holding the quoted words. The statement is the
    /// clause; the owner is the speaker.
    private func possessiveClaim(_ q: QuotedSpan, floor: Int) -> Attribution? {
        let open = q.openToken
        var k = open - 1
        while k > floor && open - k <= 20 && tokens[k].isWord && tokens[k].key != SpeakerLexicon.that { k -= 1 }
        guard k - 2 >= floor, open - k <= 20, tokens[k].isWord, tokens[k].key == SpeakerLexicon.that, k + 1 < open,
            SpeakerLexicon.claimNouns.contains(tokens[k - 1].key), !tokens[k - 1].isCapitalized
        else { return nil }
        // ("X said that Rubio's claim that … is "not true"": the quote is X's.)
        var j = floor
        while j < k - 2 {
            if tokens[j].isWord, let c = phrases.cue(at: j), c.entry.cueClass != .characterize { return nil }
            j += 1
        }
        let owner = tokens[k - 2]
        let mention: ClosedRange<Int>
        if SpeakerLexicon.possessivePronouns.contains(owner.key) {
            mention = (k - 2)...(k - 2)
        } else if owner.flags.contains(.possessive), owner.isCapitalized {
            // The owner's name: the capitalized words ending at the possessive.
            var s = k - 2
            while s - 1 >= floor && k - 2 - s < 4 && tokens[s - 1].isWord && tokens[s - 1].isCapitalized
                && !tokens[s - 1].flags.contains(.possessive)
            {
                s -= 1
            }
            mention = s...(k - 2)
        } else {
            return nil
        }
        return Attribution(
            mention: mention, cue: (k - 1)...(k - 1), lastToken: open - 1, rule: "quote-claim-noun", confidence: 0.5,
            contentStart: Int(tokens[k].start))
    }

    /// `X (D-Nev.), in particular, has …`, `X, the director of Y, compared …`: the token after a party
    /// label and an aside set off by commas that start at `v`, right after a named subject, or nil
    /// when there is none. (An aside with a cue of its own, `Trump, X said, has …`, is an interposed
    /// tag.)
    private func afterAside(_ start: Int, before open: Int) -> Int? {
        var v = start
        if v < open, tokens[v].isPunct("(") {
            var c = v + 1
            while c < open && c - v <= 8 && !tokens[c].isPunct(")") { c += 1 }
            if c < open, tokens[c].isPunct(")") { v = c + 1 }
        }
        if v < open, tokens[v].isPunct(",") {
            var c = v + 1
            while c < open && c - v <= 12 && (tokens[c].isWord && phrases.cue(at: c) == nil || tokens[c].isPunct(".")) {
                c += 1
            }
            if c < open, c > v + 1, tokens[c].isPunct(",") { v = c + 1 }
        }
        return v > start ? v : nil
    }

    /// Whether a sentence subject names someone who can be speaking: a name, "he"/"she", or an
    /// article and a role noun ("The Republican nominee"); "it", "they" and "the" rarely do here.
    private func namesSpeaker(_ np: ClosedRange<Int>) -> Bool {
        let head = tokens[np.upperBound]
        if SpeakerLexicon.masculineOrFeminine.contains(head.key) { return true }
        if SpeakerLexicon.roleNouns.contains(head.key) && SpeakerLexicon.articles.contains(tokens[np.lowerBound].key) {
            return true
        }
        return head.isCapitalized && !head.flags.contains(.allCaps) && !SpeakerLexicon.pronouns.contains(head.key)
            && !SpeakerLexicon.determiners.contains(head.key) && !SpeakerLexicon.stopWords.contains(head.key)
    }

    /// `Lind tweeted that the mayor was "shameless" and encouraged voters to "look closely" at …`,
    /// `He said his wins have given him a lift and said that Rowe is "weak"`: a second predicate
    /// joined by "and"/"but" shares the sentence's subject. The quoted words sit in that
    /// predicate's complement, which is the statement (after the verb; after the object of an
    /// urging verb; from "that" after a speech verb).
    private func coordinatedPredicate(_ q: QuotedSpan, sentence: Int) -> Attribution? {
        let open = q.openToken
        guard q.isDouble, open - sentence <= 60 else { return nil }
        var a = open - 1
        while a > sentence && open - a <= 12 && tokens[a].isWord
            && !SpeakerLexicon.clauseJoinersForCues.contains(tokens[a].key)
        {
            a -= 1
        }
        guard a > sentence + 1, open - a <= 12, tokens[a].isWord, !tokens[a].isCapitalized,
            SpeakerLexicon.clauseJoinersForCues.contains(tokens[a].key)
        else { return nil }
        var v = a + 1
        while v < open && tokens[v].isWord && !tokens[v].isCapitalized
            && (phrases.isAdverb(v) || SpeakerLexicon.auxiliaries.contains(tokens[v].key))
        {
            v += 1
        }
        guard v < open, tokens[v].isWord, !tokens[v].isCapitalized,
            phrases.looksLikePastTense(v) || phrases.isPresentTense(v) || phrases.cue(at: v) != nil,
            let np = phrases.sentenceSubject(from: sentence, before: a), np.upperBound + 1 < a
        else { return nil }
        guard namesSpeaker(np) else { return nil }
        // The subject's own verb comes right after it: the "and" joins two predicates of one subject.
        // (`Lind, speaking on WKXR, called …`: an aside set off by commas may come between.)
        var first = np.upperBound + 1
        if first < a, tokens[first].isPunct(",") {
            var c = first + 1
            while c < a && c - first <= 12 && (tokens[c].isWord || tokens[c].isPunct(".")) { c += 1 }
            if c < a, c > first + 1, tokens[c].isPunct(",") { first = c + 1 }
        }
        while first < a && tokens[first].isWord && !tokens[first].isCapitalized
            && (SpeakerLexicon.auxiliaries.contains(tokens[first].key) || phrases.isAdverb(first))
        {
            if SpeakerLexicon.passiveAuxiliaries.contains(tokens[first].key) && !phrases.isGerund(first + 1) {
                return nil
            }
            first += 1
        }
        guard first < a,
            phrases.looksLikePastTense(first) || phrases.isPresentTense(first) || phrases.cue(at: first) != nil
        else { return nil }
        // `… and she gave …`: a new subject after the conjunction starts a clause of its own.
        var last = v
        if v + 1 < open, SpeakerLexicon.verbParticles.contains(tokens[v + 1].key) { last = v + 1 }
        var start = last + 1 < open ? Int(tokens[last + 1].start) : Int(tokens[open].end)
        if let c = phrases.cue(at: v) {
            var t = c.last + 1
            while t < open && t - c.last <= 8 {
                if c.entry.cueClass == .speech && tokens[t].key == SpeakerLexicon.that
                    || c.entry.cueClass == .urge && tokens[t].key == SpeakerLexicon.to
                {
                    start = Int(tokens[t].start)
                    break
                }
                t += 1
            }
            last = max(last, c.last)
        }
        return Attribution(
            mention: np, cue: v...last, lastToken: open - 1, rule: "quote-mixed-coordinated", confidence: 0.4,
            contentStart: start)
    }

    /// `The senator stressed the need to stop the "constant attacks" on …`: a sentence that opens
    /// with a named (or pronoun) subject and a verb of any kind, with a quoted fragment of at most a
    /// few words later in the verb's clause. The speaker's words are inside the clause, so the
    /// statement runs from the word after the verb to the end of the sentence.
    private func mixedClause(_ q: QuotedSpan, sentence: Int, floor: Int) -> Attribution? {
        let open = q.openToken
        // (`On Monday, Lind …`, `At one point, Lind …`: an opening phrase and its comma come first.)
        // (`And he vowed to "…"`, `But Lind …`: a discourse word may open the sentence.)
        guard sentence == floor, q.isDouble,
            let np = phrases.sentenceSubject(from: sentence, before: open),
            np.lowerBound == sentence || tokens[np.lowerBound - 1].isPunct(",")
                || np.lowerBound == sentence + 1 && tokens[sentence].isCapitalized
                    && SpeakerLexicon.discourseWords.contains(tokens[sentence].key),
            open - np.lowerBound <= 25
        else { return nil }
        // A named subject or "he"/"she" ("it", "they", "the" rarely name the speaker here).
        let head = tokens[np.upperBound]
        // ("The Republican nominee vowed …": a determiner and a role noun name a person too.)
        let role =
            SpeakerLexicon.roleNouns.contains(head.key) && SpeakerLexicon.articles.contains(tokens[np.lowerBound].key)
        guard
            SpeakerLexicon.masculineOrFeminine.contains(head.key) || role || phrases.isNamedGroup(np)
                || head.isCapitalized && !head.flags.contains(.allCaps) && !SpeakerLexicon.pronouns.contains(head.key)
                    && !SpeakerLexicon.determiners.contains(head.key) && !SpeakerLexicon.stopWords.contains(head.key)
        else { return nil }
        var v = np.upperBound + 1
        // `Gov. Ada Lind of West Virginia lauded …`: a capitalized name's place after "of" belongs to
        // the subject.
        // (A name of two words or more: "Secretary of State X" is a title, not a name and a place.)
        if head.isCapitalized, np.count >= 2, v + 1 < open, tokens[v].key == SpeakerLexicon.of,
            tokens[v + 1].isCapitalized
        {
            var e = v + 1
            while e + 1 < open && e - v < 4 && tokens[e + 1].isWord && tokens[e + 1].isCapitalized { e += 1 }
            v = e + 1
        }
        // `X, the director of debate at Y, compared …`, `X (D-Nev.), in particular, has …`: a party
        // label and an aside set off by commas may stand between a named subject and its verb.
        var aside = false
        if head.isCapitalized, let after = afterAside(v, before: open) {
            v = after
            aside = true
        }
        var passive = false
        while v < open && tokens[v].isWord && !tokens[v].isCapitalized
            && (SpeakerLexicon.auxiliaries.contains(tokens[v].key) || phrases.isAdverb(v))
        {
            if SpeakerLexicon.passiveAuxiliaries.contains(tokens[v].key) { passive = true }
            v += 1
        }
        // "was praised for …" is passive; "is promising …" is the subject speaking.
        if passive && !phrases.isGerund(v) { return nil }
        guard v + 1 < open, open - v <= 12, tokens[v].isWord, !tokens[v].isCapitalized,
            phrases.looksLikePastTense(v) || phrases.isPresentTense(v) || phrases.cue(at: v) != nil
                || phrases.isPerfectParticiple(v)
        else { return nil }
        // After an opening phrase, a speech or belief verb is left to the reported-speech rules, which
        // find its clause; other verbs have no rule of their own.
        // (`Later, Lind vowed to "…"`: an infinitive after the verb is no clause those rules know.)
        // (So is one after an aside between the subject and the verb: `X, a former aide, said …`.)
        if np.lowerBound != sentence || aside, let c = phrases.cue(at: v),
            c.entry.cueClass == .speech || c.entry.cueClass == .belief,
            c.last + 1 >= open || tokens[c.last + 1].key != SpeakerLexicon.to
        {
            return nil
        }
        // `tells MSNBC's "Morning Joe" on Friday that …`: a title in the addressee is not what was
        // said; the statement is the that-clause after it.
        if looksLikeTitle(q) {
            var t = q.closeToken + 1
            while t < tokens.count && t - q.closeToken <= 4 && tokens[t].isWord {
                if tokens[t].key == SpeakerLexicon.that { return nil }
                t += 1
            }
        }
        // The verb's clause runs to the quote: words and commas only, no other quote but a title.
        for j in (v + 1)..<open where !tokens[j].isWord && !tokens[j].isPunct(",") {
            let qi = Int(doc.quoteOfToken[j])
            guard tokens[j].kind == .quote, qi >= 0, looksLikeTitle(doc.quotes[qi]) else { return nil }
        }
        // `appeared on "Good Morning America"`: three or more capitalized words are a title.
        var words = 0
        var capitalized = 0
        for j in (open + 1)..<max(open + 1, q.closeToken) where tokens[j].isWord {
            words += 1
            if tokens[j].isCapitalized { capitalized += 1 }
        }
        if words >= 3 && capitalized == words { return nil }
        // "is telling a veterans group that … "…"": the addressee is not part of what was said.
        var start = Int(tokens[v + 1].start)
        // (`said, in the early days, "…"`: the statement starts after the comma.)
        if tokens[v + 1].isPunct(","), v + 2 < open, tokens[v + 2].isWord { start = Int(tokens[v + 2].start) }
        // "talked up her "plan"": the particle belongs to the verb.
        if v + 2 < open, SpeakerLexicon.verbParticles.contains(tokens[v + 1].key), tokens[v + 2].isWord {
            start = Int(tokens[v + 2].start)
        }
        if let c = phrases.cue(at: v), c.entry.cueClass == .speech {
            var t = v + 1
            // (`is telling customers at a Tulsa, Oklahoma, diner that …`: the addressee may be long
            // and hold commas.)
            while t < open && (t - v <= 8 && !tokens[t].isPunct(",") || c.entry.takesObject && t - v <= 14) {
                if tokens[t].key == SpeakerLexicon.that {
                    start = Int(tokens[t].start)
                    break
                }
                // `accused the North's leader, Kim Jong Un, of "fanatic recklessness"`: what the
                // person is accused of follows "of".
                // (`told one of his aides that …`: "of" after a quantifier is part of the addressee.)
                if c.entry.takesObject, t > v + 1, tokens[t].key == SpeakerLexicon.of,
                    !SpeakerLexicon.partitiveQuantifiers.contains(tokens[t - 1].key)
                {
                    start = t + 1 < open ? Int(tokens[t + 1].start) : q.contentStart
                    break
                }
                t += 1
            }
        }
        // `X thanked the crowd, saying his rival "…"`, `X denied it, dismissing Y as "…"`: a
        // participle after a comma shares the subject and its own clause holds the quoted words; the
        // statement is that clause, and the participle is its cue.
        var cue = v...v
        var j = open - 1
        while j > v + 1 {
            if tokens[j - 1].isPunct(","), phrases.isParticiple(j) {
                cue = j...j
                start = j + 1 < open ? Int(tokens[j + 1].start) : q.contentStart
                break
            }
            j -= 1
        }
        // `Lind has used the phrase "harbor tax" often`, `She coined a new term, "ferry deserts," to …`:
        // when the verb's object is a word for a phrase, the quoted words are that phrase, and the
        // statement is the quote alone. (After a speech verb, `said the words "lump" the good with the
        // bad`, the noun phrase is the reported clause's subject.)
        var quoteOnly = false
        if cue == v...v, phrases.cue(at: v)?.entry.cueClass != .speech, namesQuotedPhrase(from: v + 1, to: open) {
            start = q.contentStart
            quoteOnly = true
        }
        return Attribution(
            mention: np, cue: cue, lastToken: open - 1, rule: "quote-mixed-clause", confidence: 0.4,
            contentStart: start, quoteOnly: quoteOnly)
    }

    /// Whether tokens `a..<open` are a short noun phrase naming a phrase (`the phrase`, `a new term,`):
    /// an article or possessive, at most two modifiers, a noun such as "phrase" or "slogan", and an
    /// optional comma.
    private func namesQuotedPhrase(from a: Int, to open: Int) -> Bool {
        var e = open - 1
        if e > a, tokens[e].isPunct(",") { e -= 1 }
        guard e > a, e - a <= 3, tokens[e].isWord, SpeakerLexicon.phraseNouns.contains(tokens[e].key),
            SpeakerLexicon.articles.contains(tokens[a].key) || SpeakerLexicon.possessivePronouns.contains(tokens[a].key)
        else { return false }
        for j in (a + 1)..<e where !tokens[j].isWord || tokens[j].isCapitalized { return false }
        return true
    }
}
