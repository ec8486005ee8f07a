/// Rules for reported speech, applied sentence by sentence outside attributed quotes:
/// `X said (that) …`, `X urged Y to …`, `X called for …`, `…, X said.`, `according to X, …`.
struct ReportedSpeechRules {
    let doc: AnalyzedText
    let phrases: Phrases
    /// Tokens already used by a direct statement (quotes, speakers, cues).
    let claimed: [Bool]
    let skipParagraph: (Int) -> Bool

    private var tokens: [Token] { doc.tokens }

    /// Fewest words a reported content must have.
    static let minimumWords = 3
    /// Longest sentence (in tokens) the rules look into; longer runs are not sentences.
    static let maximumSentence = 160

    /// Every reported statement, in document order.
    func run() -> [Candidate] {
        var out: [Candidate] = []
        let n = tokens.count
        var a = 0
        while a < n {
            let sentenceLast = phrases.sentenceEnd(of: a)
            defer { a = sentenceLast + 1 }
            if tokens[a].kind == .paragraph { continue }
            if skipParagraph(Int(doc.paragraphStartOf[a])) { continue }
            if sentenceLast - a > ReportedSpeechRules.maximumSentence {
                // `"<a quote of many sentences>," X said, going on to say that … "…"`: a sentence that
                // runs through a long quote is too long to search, but a participle after its tag still
                // reports the next quoted words.
                if let u = firstClaimed(a, sentenceLast),
                    let tail = participleTail(after: u, sentenceStart: a, sentenceLast)
                {
                    out.append(tail)
                }
                continue
            }
            if sentenceLast - a < 3 { continue }
            // Only the part of the sentence before anything a direct statement already used.
            var b = sentenceLast
            if let u = firstClaimed(a, b) {
                // `"…," he said, adding that …`: the reported tail after the direct attribution.
                if let tail = participleTail(after: u, sentenceStart: a, b) { out.append(tail) }
                if u - a < 5 { continue }
                b = u - 1
            }
            if let c = colonHeadline(a, b) ?? accordingTo(a, b) ?? trailingCue(a, b) ?? leadingCue(a, b) {
                out.append(c)
                // "While he acknowledged X, Ham also noted Y": the main clause after a subordinate one.
                if c.lastToken >= a && c.lastToken + 4 < b,
                    let more = leadingCue(c.lastToken + 1, b, subjectHint: c.mention)
                {
                    out.append(more)
                }
            }
        }
        return out
    }

    /// `…, adding that X` / `…, saying X` after the last claimed token of a sentence, spoken by the
    /// speaker of the direct statement just before it.
    private func participleTail(after u: Int, sentenceStart a: Int, _ b: Int) -> Candidate? {
        var last = u
        var k = u
        while k <= b {
            if claimed[k] { last = k }
            k += 1
        }
        var j = last + 1
        while j <= b && j - last <= 14 {
            // (`… as "fantastic," telling reporters that …`: the comma may sit inside the closing mark.)
            if j - last <= 12, tokens[j].isWord, let c = phrases.cue(at: j, lowerBound: last + 1), c.entry.participle,
                c.entry.cueClass != .characterize, c.first > 0, phrases.followsComma(c.first)
            {
                guard
                    let np = phrases.speakerOfNearestCue(before: c.first, floor: a)
                        ?? characterizer(a, before: c.first),
                    let found = statement(after: c, mention: np, a, b)
                else { return nil }
                return found
            }
            // `"…," X said, calling the chief "brilliant."`, `…," the board said, reasoning that it had
            // "no steps to take."`: any participle after the comma whose clause quotes words reports
            // them, for the tag's speaker.
            if j - last <= 12, tokens[j].isWord, phrases.followsComma(j), phrases.isParticiple(j),
                j + 1 <= b, (j + 1...b).contains(where: doc.opensDoubleQuote)
            {
                guard let np = phrases.speakerOfNearestCue(before: j, floor: a) else { return nil }
                var s = j + 1
                if s < b, tokens[s].isWord, SpeakerLexicon.verbParticles.contains(tokens[s].key) { s += 1 }
                // `…," X said, going on to say that …`: "to" and a bare speech verb belong to the cue.
                if s + 2 < b, tokens[s].key == SpeakerLexicon.to, tokens[s + 1].isWord,
                    let verb = CueLexicon.words[tokens[s + 1].key], verb.baseForm, verb.cueClass == .speech
                {
                    s += 2
                }
                guard
                    var found = content(
                        s, quotedClauseEnd(from: s, to: contentEnd(from: s, to: b)), mention: np, cue: j...(s - 1),
                        rule: "quote-participle", confidence: 0.45)
                else { return nil }
                if found.kind != .direct { return nil }
                found.lastToken = max(found.lastToken, s)
                return found
            }
            // `"…," she said, but added that …`, `Lind called it "a farce" and said the fee was …`: a
            // second predicate after "and"/"but" has the same speaker.
            if j - last <= 3, (last + 1..<j).allSatisfy({ tokens[$0].kind == .punct }), tokens[j].isWord,
                !tokens[j].isCapitalized, SpeakerLexicon.clauseJoinersForCues.contains(tokens[j].key), j + 1 <= b,
                let c = phrases.cue(at: j + 1 < b && phrases.isAdverb(j + 1) ? j + 2 : j + 1, lowerBound: j + 1),
                !c.entry.participle, c.entry.cueClass == .speech || c.entry.cueClass == .belief
            {
                guard let np = phrases.speakerOfNearestCue(before: j, floor: a) else { return nil }
                return statement(after: c, mention: np, a, b)
            }
            // `X said that … "…," but he said that … "…"`: after "but", a pronoun with a speech verb of its
            // own reports another statement.
            if j - last <= 3, (last + 1..<j).allSatisfy({ tokens[$0].kind == .punct }), tokens[j].isWord,
                tokens[j].key == SpeakerLexicon.but, j + 2 <= b, tokens[j + 1].isWord,
                SpeakerLexicon.subjectPronouns.contains(tokens[j + 1].key), tokens[j + 1].key != SpeakerLexicon.it,
                let c = phrases.cue(at: j + 2, lowerBound: j + 2), !c.entry.participle, c.entry.cueClass == .speech
            {
                return statement(after: c, mention: (j + 1)...(j + 1), a, b)
            }
            // `"…," said X, a pollster, who added that the count was "wrong"`: a relative clause about
            // the speaker with a cue of its own reports another statement by the same speaker.
            if tokens[j].isWord, tokens[j].key == SpeakerLexicon.who, tokens[j - 1].isPunct(","), j + 1 <= b,
                let c = phrases.cue(at: j + 1, lowerBound: j + 1), !c.entry.participle,
                c.entry.cueClass == .speech || c.entry.cueClass == .belief
            {
                return statement(after: c, mention: j...j, a, b)
            }
            if tokens[j].kind == .quote { return nil }
            j += 1
        }
        return nil
    }

    /// `X called the idea a "ridiculous proposition," adding that …`: when no speech tag is near the
    /// participle, the sentence's subject, named and ahead of every quotation, is the one who goes on.
    private func characterizer(_ a: Int, before k: Int) -> ClosedRange<Int>? {
        guard let np = phrases.sentenceSubject(from: a, before: k), validSubject(np, sentenceStart: a) else {
            return nil
        }
        for j in a...np.upperBound where tokens[j].kind == .quote { return nil }
        let head = tokens[np.upperBound]
        guard
            head.isCapitalized && !SpeakerLexicon.pronouns.contains(head.key)
                || SpeakerLexicon.masculineOrFeminine.contains(head.key)
        else { return nil }
        return np
    }

    private func firstClaimed(_ a: Int, _ b: Int) -> Int? {
        var k = a
        while k <= b {
            if claimed[k] { return k }
            k += 1
        }
        return nil
    }

    /// Content tokens `a...b` as a candidate, trimming punctuation and marks at both ends. Kind is
    /// direct when most of the content sits inside quotation marks.
    private func content(
        _ a: Int, _ b: Int, mention: ClosedRange<Int>?, cue: ClosedRange<Int>?, rule: String, confidence: Double
    ) -> Candidate? {
        var s = a
        var e = b
        while s <= e && (tokens[s].kind == .punct || tokens[s].kind == .paragraph) { s += 1 }
        while e >= s && (tokens[e].kind == .punct || tokens[e].kind == .quote || tokens[e].kind == .paragraph) {
            e -= 1
        }
        // `… a lift and said that …`: when a direct statement claims the second predicate, the
        // conjunction joining it is not content.
        if e > s, tokens[e].isWord, !tokens[e].isCapitalized,
            SpeakerLexicon.clauseJoinersForCues.contains(tokens[e].key), !doc.inQuote(e)
        {
            e -= 1
            while e >= s && (tokens[e].kind == .punct || tokens[e].kind == .paragraph) { e -= 1 }
        }
        guard s <= e else { return nil }
        var words = 0
        var quoted = 0
        for k in s...e where tokens[k].isWord {
            words += 1
            if doc.inQuote(k) { quoted += 1 }
        }
        guard words >= ReportedSpeechRules.minimumWords else { return nil }
        // An opening mark at the start belongs to the content only if its quote closes inside it.
        if tokens[s].kind == .quote {
            let q = doc.quoteOfToken[s]
            if q < 0 || doc.quotes[Int(q)].closeToken > e + 1 { s += 1 }
        }
        guard s <= e else { return nil }
        // Content that carries the speaker's own words in quotation marks (PolNeAR's "mixed") is
        // reported as direct: it is quotable, and the quoted words are inside the span.
        let kind: StatementKind = quoted >= 1 ? .direct : .reported
        var c = Candidate(
            kind: kind, segments: [Int(tokens[s].start)..<Int(tokens[e].end)], mention: mention, cue: cue,
            rule: rule, confidence: confidence)
        c.lastToken = e
        return c
    }

    /// `according to X, …` and `…, according to X.`
    private func accordingTo(_ a: Int, _ b: Int) -> Candidate? {
        var k = a
        while k < b {
            if tokens[k].isWord && tokens[k].key == SpeakerLexicon.according && tokens[k + 1].key == SpeakerLexicon.to
                && !doc.inQuote(k)
            {
                let cue = k...(k + 1)
                guard let np = phrases.phraseStarting(at: k + 2, upperBound: b, allowBare: true) else { return nil }
                // Opening the sentence: content follows the comma after the source.
                var startsSentence = k == a
                if !startsSentence {
                    var p = a
                    while p < k && tokens[p].isCapitalized && SpeakerLexicon.discourseWords.contains(tokens[p].key) {
                        p += 1
                    }
                    startsSentence = p == k
                }
                if startsSentence {
                    var c = np.upperBound + 1
                    while c < b && !tokens[c].isPunct(",") && c - np.upperBound < 12 { c += 1 }
                    guard c < b, tokens[c].isPunct(",") else { return nil }
                    return content(
                        c + 1, b, mention: np, cue: cue, rule: "according-to", confidence: 0.8)
                }
                // `The rise, according to the budget office, is "mainly due to …"`: set off by commas
                // after a few opening words, the source stands for the whole sentence; after "because"
                // or "that" (`because, according to X, …`) for the clause that follows. After a whole
                // clause it closes that clause, as below. (`…, according to the agency, which …`: an
                // appositive about the source is not a clause.)
                if tokens[k - 1].isPunct(","), k >= a + 2, np.upperBound + 1 < b,
                    tokens[np.upperBound + 1].isPunct(","),
                    b - (np.upperBound + 2) >= 3, tokens[np.upperBound + 2].isWord,
                    !SpeakerLexicon.objectRelatives.contains(tokens[np.upperBound + 2].key),
                    !phrases.isGerund(np.upperBound + 2)
                {
                    var words = 0
                    for t in a..<(k - 1) where tokens[t].isWord { words += 1 }
                    let opener = tokens[k - 2]
                    if opener.isWord && !opener.isCapitalized
                        && (SpeakerLexicon.subordinators.contains(opener.key) || opener.key == SpeakerLexicon.that)
                    {
                        return content(
                            np.upperBound + 2, b, mention: np, cue: cue, rule: "according-to", confidence: 0.7)
                    }
                    if words <= 6 {
                        return content(a, b, mention: np, cue: cue, rule: "according-to", confidence: 0.7)
                    }
                }
                // Closing the sentence (or a clause): the content is what came before.
                let before = tokens[k - 1].isPunct(",") ? k - 2 : k - 1
                return content(a, before, mention: np, cue: cue, rule: "according-to", confidence: 0.75)
            }
            k += 1
        }
        return nil
    }

    /// `X said (that) …`, `X urged Y to …`, `X called for …`, `X believes …`.
    /// `subjectHint`: the speaker of the statement just before in the same sentence, for a
    /// participle right after it ("… was "fair" before claiming that …").
    private func leadingCue(_ a: Int, _ b: Int, subjectHint: ClosedRange<Int>? = nil) -> Candidate? {
        var k = a + 1
        while k < b - 1 {
            guard tokens[k].isWord, let c = phrases.cue(at: k, lowerBound: a) else {
                k += 1
                continue
            }
            let np: ClosedRange<Int>?
            var inherited = false
            if c.entry.participle {
                guard c.first > a,
                    tokens[c.first - 1].isPunct(",") || SpeakerLexicon.participleLeads.contains(tokens[c.first - 1].key)
                else {
                    k = c.last + 1
                    continue
                }
                if let hint = subjectHint, c.first - a <= 2 {
                    np = hint
                    inherited = true
                } else {
                    np = phrases.sentenceSubject(from: a, before: c.first)
                }
            } else if c.first > a && SpeakerLexicon.coordinators.contains(tokens[c.first - 1].key) {
                // "Authorities announced an arrest and said …": the subject of the sentence.
                // (`Lind praised the crews and said she has one goal: "…"`, found after the first
                // statement: the second verb right after "and" shares its subject.)
                // (A belief verb there, `… that the candidate knew … and thought …`, more often goes on
                // with the clause's own subject.)
                if let hint = subjectHint, c.first - a <= 1, c.entry.cueClass != .belief {
                    np = hint
                    inherited = true
                } else {
                    np = phrases.sentenceSubject(from: a, before: c.first)
                }
            } else {
                np = phrases.subject(before: c.first, lowerBound: a)
            }
            guard let found = np else {
                k = c.last + 1
                continue
            }
            // (An inherited subject was checked with the statement before; it lies before `a`.)
            let mention = inherited ? found : extendedSubject(found, sentenceStart: a)
            // "Critics of the levy say": the verb agrees with the head before the first link word.
            var head = mention
            var l = mention.lowerBound + 1
            while l < mention.upperBound
                && !(tokens[l].isWord && !tokens[l].isCapitalized
                    && SpeakerLexicon.subjectLinks.contains(tokens[l].key))
            {
                l += 1
            }
            // ("A majority of voters say", "eight of 10 voters say": a quantity agrees with what it counts.
            // "Veterans with combat stress disorders": after "with", a bare cue is more often a noun.)
            if l < mention.upperBound, tokens[l].key != SpeakerLexicon.with,
                !SpeakerLexicon.quantities.contains(tokens[l - 1].key),
                !tokens[l - 1].flags.contains(.numeric)
            {
                head = mention.lowerBound...(l - 1)
            }
            guard inherited || validSubject(mention, sentenceStart: a), phrases.agrees(c, with: head) else {
                k = c.last + 1
                continue
            }
            if let found = statement(after: c, mention: mention, a, b) { return found }
            k = c.last + 1
        }
        return nil
    }

    /// What follows a cue whose subject is `mention`: a that-clause, a bare clause, "Y to …".
    private func statement(after c: CueMatch, mention: ClosedRange<Int>, _ a: Int, _ b: Int) -> Candidate? {
        var s = c.last + 1
        switch c.entry.cueClass {
        case .characterize:
            return nil
        case .urge:
            // Content: "Y to …" up to the next comma.
            var t = s
            while t <= b && t - s < 7 && tokens[t].key != SpeakerLexicon.to { t += 1 }
            guard t <= b, t > s, tokens[t].isWord else { return nil }
            let e = clauseEnd(from: t, to: b)
            return content(s, e, mention: mention, cue: c.first...c.last, rule: "reported-urge", confidence: 0.7)
        case .demand:
            let e = clauseEnd(from: s, to: b)
            return content(s, e, mention: mention, cue: c.first...c.last, rule: "reported-demand", confidence: 0.6)
        case .speech, .belief:
            // Skip an addressee ("told reporters") and adjuncts ("on Tuesday", "in a statement,")
            // up to "that"; the that-clause must have words of its own.
            var t = s
            if c.entry.takesObject, t <= b, tokens[t].key != SpeakerLexicon.that,
                let obj = phrases.phraseStarting(at: t, upperBound: b) ?? lowerObject(t, b), obj.count <= 4
            {
                t = obj.upperBound + 1
            }
            t = skipAdjuncts(from: t, to: b)
            var that: Int? = nil
            if t + 2 <= b, tokens[t].isWord, tokens[t].key == SpeakerLexicon.that, !tokens[t].isCapitalized {
                that = t
            } else if c.entry.takesObject {
                // "told one of his young protégés on a regular basis that …": a longer addressee and
                // adjunct, all plain words, before "that".
                var u = s
                // (`told MSNBC's "Morning Joe" that …`: the addressee may hold a quoted title, and a word
                // with mangled letters, `protegÃ©s`, a symbol glued inside it.)
                // (`is telling a crowd in Windham, New Hampshire, on the last day that …`: a place with
                // its state between commas.)
                while u + 2 <= b && u - s <= 20
                    && (tokens[u].isWord || tokens[u].kind == .quote || phrases.isGluedSymbol(u)
                        || tokens[u].isPunct(",") && u > s && tokens[u - 1].isCapitalized && tokens[u + 1].isWord)
                    && tokens[u].key != SpeakerLexicon.that
                    && phrases.cue(at: u) == nil
                {
                    u += 1
                }
                if u + 2 <= b, u > s, tokens[u].isWord, tokens[u].key == SpeakerLexicon.that { that = u }
            } else if s <= b, tokens[s].isWord, SpeakerLexicon.adjunctLeads.contains(tokens[s].key) {
                // "said at the crowded monthly meeting of the harbor board that …": a long adjunct of
                // plain words before "that".
                var u = s + 1
                while u + 2 <= b && u - s <= 15 && tokens[u].isWord && tokens[u].key != SpeakerLexicon.that
                    && phrases.cue(at: u) == nil
                {
                    u += 1
                }
                if u + 2 <= b, tokens[u].isWord, tokens[u].key == SpeakerLexicon.that { that = u }
            }
            let rule: String
            if let th = that {
                s = th + 1
                rule = "reported-that"
            } else {
                if c.entry.takesObject {
                    // "told reporters he …": skip a short object phrase.
                    guard let obj = phrases.phraseStarting(at: s, upperBound: b) ?? lowerObject(s, b) else {
                        return nil
                    }
                    s = obj.upperBound + 1
                }
                while s <= b && (tokens[s].isPunct(",") || tokens[s].isPunct(":")) { s += 1 }
                // "said after the convention he would …": skip the adjunct before the clause.
                if s <= b && tokens[s].isWord && SpeakerLexicon.adjunctLeads.contains(tokens[s].key) {
                    let skipped = skipAdjuncts(from: s, to: b)
                    guard skipped <= b, skipped > s,
                        SpeakerLexicon.pronouns.contains(tokens[skipped].key) || tokens[skipped].isCapitalized
                            || SpeakerLexicon.determiners.contains(tokens[skipped].key)
                    else { return nil }
                    s = skipped
                }
                guard s <= b, tokens[s].isWord || tokens[s].kind == .quote else { return nil }
                // A bare clause must start like one: a pronoun, a name, a determiner.
                let first = tokens[s]
                guard
                    first.kind == .quote || first.isCapitalized || SpeakerLexicon.pronouns.contains(first.key)
                        || SpeakerLexicon.determiners.contains(first.key) || first.flags.contains(.numeric)
                        || !SpeakerLexicon.stopWords.contains(first.key) && !CueLexicon.modifiers.contains(first.key)
                        || first.key == SpeakerLexicon.there
                else {
                    return nil
                }
                if SpeakerLexicon.relativePronouns.contains(first.key)
                    || SpeakerLexicon.objectPronouns.contains(first.key)
                {
                    return nil
                }
                rule = c.entry.cueClass == .belief ? "reported-belief" : "reported-said"
            }
            let conf = rule == "reported-that" ? 0.75 : 0.6
            // ", who said …," — a relative clause ends at its closing comma, and so does a
            // subordinate one ("While he acknowledged …, Ham noted …").
            let subordinate =
                mention.lowerBound > a && tokens[mention.lowerBound - 1].isWord
                && SpeakerLexicon.subordinators.contains(tokens[mention.lowerBound - 1].key)
            let e =
                SpeakerLexicon.relativePronouns.contains(tokens[mention.lowerBound].key) || subordinate
                ? clauseEnd(from: s, to: b) : contentEnd(from: s, to: b)
            return content(
                s, quotedClauseEnd(from: s, to: e), mention: mention, cue: c.first...c.last, rule: rule,
                confidence: conf)
        }
        return nil
    }

    /// `…, X said.` / `…, said X.` / `…, X said on Monday.` / `…, said X, a former aide.` and the
    /// interposed form `The museum, Mr. Obama said, would …` (content: the whole sentence).
    private func trailingCue(_ a: Int, _ b: Int) -> Candidate? {
        var end = b
        while end > a && (tokens[end].kind == .punct || tokens[end].kind == .quote) { end -= 1 }
        var k = a + 1
        var words = tokens[a].isWord ? 1 : 0
        while k < end {
            let t = tokens[k]
            if t.isWord { words += 1 }
            // A comma outside quotes, or one just inside a closing mark (`…,'' said X`).
            let isBoundary =
                (t.isPunct(",") && !doc.inQuote(k))
                || (tokens[k - 1].isPunct(",") && doc.closesQuote(k))
            if isBoundary && (words >= 2 || words == 1 && k == a + 1), let m = tag(startingAt: k + 1, end: end) {
                if words >= 2, m.tagEnd >= end || tokens[m.tagEnd + 1].isPunct(",") && m.closesSentence {
                    // `…, the rule is a "lawful source," as a memo put it`: the phrase sums up the
                    // clause right before it.
                    let from = SpeakerLexicon.putVerbs.contains(tokens[m.cue.lowerBound].key) ? lastClause(a, k) : a
                    return content(
                        from, k, mention: m.mention, cue: m.cue, rule: "reported-said-after", confidence: 0.72)
                }
                if m.tagEnd < end, tokens[m.tagEnd + 1].isPunct(","), words >= 2 || isLoneSubject(a) {
                    // Interposed: the statement is the sentence around the tag.
                    return content(a, b, mention: m.mention, cue: m.cue, rule: "reported-interposed", confidence: 0.65)
                }
            }
            k += 1
        }
        return nil
    }

    /// The first token after the last comma outside quotation marks between `a` and the boundary
    /// at `k` (or `a` when there is none).
    private func lastClause(_ a: Int, _ k: Int) -> Int {
        var j = k - 2
        while j > a {
            if tokens[j].isPunct(","), !doc.inQuote(j), j + 1 < k, tokens[j + 1].isWord { return j + 1 }
            j -= 1
        }
        return a
    }

    /// Whether the parenthesis opened at `open` closes at or after `end`, with no quotation inside.
    private func asideCloses(from open: Int, end: Int) -> Bool {
        var j = open + 1
        while j < tokens.count && j <= end + 1 {
            if tokens[j].kind == .quote || tokens[j].kind == .paragraph { return false }
            if tokens[j].isPunct(")") { return j >= end }
            j += 1
        }
        return false
    }

    /// `Sailors, he said, can …`: one word before an interposed tag is the clause's subject when it
    /// is a noun, not an opener such as "Yes", "However" or "Clearly".
    private func isLoneSubject(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.end - t.start > 2, !SpeakerLexicon.stopWords.contains(t.key),
            !SpeakerLexicon.discourseWords.contains(t.key), !SpeakerLexicon.interjections.contains(t.key),
            !SpeakerLexicon.pronouns.contains(t.key)
        else { return false }
        return !phrases.endsInLy(k)
    }

    /// An attribution tag `said X` or `X [modifiers] said [adjunct]` starting at `s`, ending before a
    /// comma or the sentence end.
    private func tag(startingAt s: Int, end: Int) -> (
        mention: ClosedRange<Int>, cue: ClosedRange<Int>, tagEnd: Int, closesSentence: Bool
    )? {
        guard s <= end else { return nil }
        func finish(_ last: Int, object: Bool = false) -> (Int, Bool)? {
            // At most a short adjunct ("on Monday", "in a statement") before a comma or the end.
            var e = last
            // (`X told reporters`, `X told the Harbor Gazette`: a verb of telling takes the addressee
            // first.)
            if object {
                while e + 1 <= end && e - last < 4 && tokens[e + 1].isWord
                    && !SpeakerLexicon.adjunctLeads.contains(tokens[e + 1].key)
                    && !SpeakerLexicon.relativePronouns.contains(tokens[e + 1].key)
                {
                    e += 1
                }
            }
            // `said a former official who oversaw …`: a relative clause about the speaker runs to
            // the end of the sentence.
            if e + 1 <= end, tokens[e + 1].isWord, tokens[e + 1].key == SpeakerLexicon.who { return (end, true) }
            // `…, said Ada Lind (a view her deputy shares).`: an aside in parentheses that runs to the
            // end of the sentence closes the tag.
            if e + 1 <= end, tokens[e + 1].isPunct("("), asideCloses(from: e + 1, end: end) { return (end, true) }
            if e + 1 <= end && !tokens[e + 1].isPunct(",") {
                let lead = tokens[e + 1]
                guard lead.isWord,
                    SpeakerLexicon.adjunctLeads.contains(lead.key) || SpeakerLexicon.timeWords.contains(lead.key)
                else { return nil }
            }
            while e + 1 <= end && !tokens[e + 1].isPunct(",") && e - last < 8 {
                if tokens[e + 1].kind != .word && !tokens[e + 1].isPunct("'") { return nil }
                e += 1
            }
            if e == end { return (e, true) }
            if e + 1 <= end && tokens[e + 1].isPunct(",") {
                // After the comma: an appositive about the speaker ("a former aide", "who runs …")
                // closes the sentence; anything else continues it (an interposed tag).
                let next = e + 2 <= end ? tokens[e + 2] : tokens[end]
                // (`…, she said, referencing …`: a participle after the tag describes the saying.)
                let appositive =
                    next.isWord
                    && (SpeakerLexicon.determiners.contains(next.key)
                        || SpeakerLexicon.relativePronouns.contains(next.key)
                        || e + 2 <= end && phrases.isGerund(e + 2) || rolePhrase(from: e + 2, end: end))
                return (e, appositive)
            }
            return nil
        }
        if let c = phrases.cue(at: s, lowerBound: s), !c.entry.participle, c.entry.cueClass == .speech,
            let np = phrases.phraseStarting(at: c.last + 1, upperBound: end, subjectPosition: true)
        {
            if let f = finish(np.upperBound) { return (np, c.first...c.last, f.0, f.1) }
            // `said Ohio State professor Ada Lind`: a title the phrase finder stops at, then the name.
            if let e = nameAfterTitle(from: np.upperBound + 1, end: end), let f = finish(e) {
                return (np.lowerBound...e, c.first...c.last, f.0, f.1)
            }
        }
        // `…, as a city memo put it.`: "as", a subject and "put it".
        if tokens[s].isWord, tokens[s].key == SpeakerLexicon.as, !tokens[s].isCapitalized {
            var p = s + 2
            while p < end && p - s < 12 && tokens[p].isWord
                && !(SpeakerLexicon.putVerbs.contains(tokens[p].key) && tokens[p + 1].key == SpeakerLexicon.it)
            {
                p += 1
            }
            if p < end, tokens[p].isWord, tokens[p + 1].key == SpeakerLexicon.it,
                SpeakerLexicon.putVerbs.contains(tokens[p].key),
                let np = phrases.subject(before: p, lowerBound: s + 1), np.lowerBound == s + 1,
                let f = finish(p + 1)
            {
                return (np, p...(p + 1), f.0, f.1)
            }
            return nil
        }
        var j = s + 1
        while j <= end && j - s < 10 {
            if tokens[j].isWord, let c = phrases.cue(at: j, lowerBound: s) {
                guard !c.entry.participle, c.entry.cueClass == .speech || c.entry.cueClass == .belief,
                    let np = phrases.subject(before: c.first, lowerBound: s), np.lowerBound == s,
                    !SpeakerLexicon.relativePronouns.contains(tokens[np.lowerBound].key),
                    let f = finish(c.last, object: c.entry.takesObject)
                else { return nil }
                return (np, c.first...c.last, f.0, f.1)
            }
            if !tokens[j].isWord && !tokens[j].isPunct("(") && !tokens[j].isPunct(")") { return nil }
            j += 1
        }
        return nil
    }

    /// Whether the words from `s` name a role without an article (`executive director of …`,
    /// `the Harbor Board's chief pilot`): a role noun within the first six words, with only modifiers
    /// (no pronoun, function word or cue; "and" joins two) before it.
    private func rolePhrase(from s: Int, end: Int) -> Bool {
        var k = s
        while k <= end && k - s < 6 && tokens[k].isWord {
            let key = tokens[k].key
            if SpeakerLexicon.roleNouns.contains(key) { return true }
            if SpeakerLexicon.stopWords.contains(key) && key != SpeakerLexicon.and
                || SpeakerLexicon.pronouns.contains(key) || phrases.cue(at: k) != nil
            {
                return false
            }
            k += 1
        }
        return false
    }

    /// The last token of a name that follows lower-case title words (`professor Ada Lind`), when
    /// the words from `s` up to a comma or the end are at most three lower-case non-stop words and
    /// then capitalized words.
    private func nameAfterTitle(from s: Int, end: Int) -> Int? {
        var k = s
        while k <= end && k - s < 3 && tokens[k].isWord && !tokens[k].isCapitalized
            && !SpeakerLexicon.stopWords.contains(tokens[k].key) && CueLexicon.words[tokens[k].key] == nil
        {
            k += 1
        }
        guard k > s else { return nil }
        var e = k
        while e <= end && e - k < 4 && tokens[e].isWord && tokens[e].isCapitalized { e += 1 }
        return e > k ? e - 1 : nil
    }

    /// A headline source is a name, not a label: every word capitalized ("Pat Caddell", "AP-GfK
    /// Poll"), no single letters ("Q:", "A:"), and a lone word must recur in the article as a name
    /// ("Bush:" yes, "Breaking:" or "Wow:" no).
    private func looksLikeSourceName(_ np: ClosedRange<Int>) -> Bool {
        for k in np {
            let t = tokens[k]
            if !t.isCapitalized || t.end - t.start < 2 { return false }
        }
        guard np.count == 1 else { return true }
        let key = tokens[np.lowerBound].key
        var k = np.upperBound + 2
        while k < tokens.count && k - np.upperBound < 4000 {
            let t = tokens[k]
            if t.key == key && t.isWord && k > 0 && !doc.sentenceEndsAfter[k - 1] && tokens[k - 1].kind != .quote {
                return true
            }
            k += 1
        }
        return false
    }

    /// `Pence: Flowers won't be at the debate` — a headline or transcript line naming its source.
    private func colonHeadline(_ a: Int, _ b: Int) -> Candidate? {
        let paragraph = Int(doc.paragraphStartOf[a])
        guard a == paragraph else { return nil }
        var k = a
        while k <= b && k - a < 6 && tokens[k].kind != .punct { k += 1 }
        guard k <= b, k > a, tokens[k].isPunct(":"), tokens[a].isCapitalized,
            let np = phrases.phraseEnding(at: k - 1, lowerBound: a), np.lowerBound == a,
            !SpeakerLexicon.headlineLabels.contains(tokens[k - 1].key), looksLikeSourceName(np)
        else { return nil }
        // The content runs to the end of the paragraph.
        var e = k + 1
        while e + 1 < tokens.count && tokens[e + 1].kind != .paragraph && e - k < 120 { e += 1 }
        // Headlines paraphrase; a quoted fragment in one does not make it a direct quote.
        guard var c = content(k + 1, e, mention: np, cue: k...k, rule: "colon-headline", confidence: 0.55) else {
            return nil
        }
        c.kind = .reported
        return c
    }

    /// Skips adjuncts after a cue: time words ("Friday", "last week"), short prepositional phrases
    /// ("in a statement", "on CNN", "at a rally in Ohio") and commas. Returns the next token.
    private func skipAdjuncts(from s: Int, to b: Int) -> Int {
        var t = s
        var groups = 0
        while t <= b && groups < 4 {
            let tok = tokens[t]
            if tok.isPunct(",") {
                t += 1
                continue
            }
            guard tok.isWord else { break }
            if SpeakerLexicon.timeWords.contains(tok.key) || tok.flags.contains(.numeric) {
                t += 1
                groups += 1
                continue
            }
            guard SpeakerLexicon.adjunctLeads.contains(tok.key) else { break }
            // The prepositional phrase: up to five words that are not "that", pronouns or cues.
            var u = t + 1
            while u <= b && u - t <= 7 && tokens[u].isWord && tokens[u].key != SpeakerLexicon.that
                && !SpeakerLexicon.pronouns.contains(tokens[u].key)
                && (!SpeakerLexicon.adjunctLeads.contains(tokens[u].key)
                    || SpeakerLexicon.adjunctModifiers.contains(tokens[u].key))
            {
                u += 1
            }
            guard u > t + 1 else { break }
            t = u
            groups += 1
        }
        return t
    }

    /// A lower-case object such as "reporters" or "the committee".
    private func lowerObject(_ s: Int, _ b: Int) -> ClosedRange<Int>? {
        guard s <= b, tokens[s].isWord, !SpeakerLexicon.stopWords.contains(tokens[s].key) else { return nil }
        return s...s
    }

    /// Where a reported clause starting at `s` ends, at most at `b`: before a second cue joined by
    /// "and"/"but" (`… "a joke" and insisted that …`) and before a participle cue after a comma
    /// (`…, describing the team as …`). Each of those starts another statement. (A dash does not end
    /// it: annotators keep dashed asides inside the content.)
    private func contentEnd(from s: Int, to b: Int) -> Int {
        // (Only a clause that quotes someone is split at a subordinate cue: there the speaker of the
        // quoted words matters most.)
        var quotes = false
        var m = s
        while m <= b && !quotes {
            if tokens[m].kind == .quote && doc.quoteOfToken[m] >= 0 && doc.quotes[Int(doc.quoteOfToken[m])].isDouble {
                quotes = true
            }
            m += 1
        }
        var k = s + 1
        while k <= b {
            let t = tokens[k]
            if t.isWord && !t.isCapitalized && !doc.inQuote(k) && k + 1 <= b {
                if SpeakerLexicon.clauseJoinersForCues.contains(t.key) {
                    var v = k + 1
                    while v < b && v - k <= 2 && tokens[v].isWord && CueLexicon.modifiers.contains(tokens[v].key) {
                        v += 1
                    }
                    if tokens[v].isWord, let c = phrases.cue(at: v), c.entry.cueClass != .characterize {
                        return tokens[k - 1].isPunct(",") ? k - 2 : k - 1
                    }
                    // (`…, but he said that …`: a pronoun and its own cue start another statement.)
                    // (After "and" the clause goes on more often: `… "…," and he vowed to carry the "mantle"`.)
                    if k + 2 <= b, tokens[k + 1].isWord, SpeakerLexicon.subjectPronouns.contains(tokens[k + 1].key),
                        tokens[k + 1].key != SpeakerLexicon.it
                    {
                        var w = k + 2
                        while w < b && w - k <= 4 && tokens[w].isWord && CueLexicon.modifiers.contains(tokens[w].key) {
                            w += 1
                        }
                        // (After "and", only a cue with a that-clause of its own: `…, and he added that …`.)
                        if tokens[w].isWord, let c = phrases.cue(at: w), c.entry.cueClass == .speech,
                            !c.entry.participle,
                            t.key == SpeakerLexicon.but
                                || c.last + 1 <= b && tokens[c.last + 1].key == SpeakerLexicon.that
                        {
                            return tokens[k - 1].isPunct(",") ? k - 2 : k - 1
                        }
                    }
                    // (`… and Donald Trump says …`: another speaker and cue.)
                    if tokens[k + 1].isCapitalized,
                        let np = phrases.phraseStarting(at: k + 1, upperBound: min(b, k + 8)),
                        np.upperBound + 1 <= b, tokens[np.upperBound + 1].isWord,
                        let c = phrases.cue(at: np.upperBound + 1), c.entry.cueClass != .characterize
                    {
                        return tokens[k - 1].isPunct(",") ? k - 2 : k - 1
                    }
                }
                if tokens[k - 1].isPunct(","), let c = phrases.cue(at: k), c.verb == k, c.entry.participle {
                    return k - 2
                }
                // `… in his comments before claiming that …`, `… the previous night, when he claimed …`:
                // a subordinate clause with a cue of its own starts another statement.
                if quotes,
                    SpeakerLexicon.subordinators.contains(t.key) || SpeakerLexicon.participleLeads.contains(t.key),
                    !SpeakerLexicon.clauseJoinersForCues.contains(t.key)
                {
                    var v = k + 1
                    if v < b, SpeakerLexicon.subjectPronouns.contains(tokens[v].key) { v += 1 }
                    if v <= b, tokens[v].isWord, let c = phrases.cue(at: v), c.first == v || c.verb == v,
                        c.entry.cueClass == .speech, c.entry.participle == (v == k + 1)
                    {
                        var e = k - 1
                        while e > s && tokens[e].kind == .punct { e -= 1 }
                        return e
                    }
                }
            }
            k += 1
        }
        return b
    }

    /// For content holding quoted words, where the clause around the last quotation ends: before
    /// "and/but" with a second past-tense predicate or a new subject pronoun, a while/although
    /// clause, "as" with a subject, or a semicolon (`… was "ignorant" of Islam and criticized him`).
    /// Content without quotation marks keeps its end.
    private func quotedClauseEnd(from s: Int, to e: Int) -> Int {
        var lastClose = -1
        var k = s
        while k <= e {
            if doc.closesQuote(k) { lastClose = k }
            k += 1
        }
        guard lastClose >= 0 else { return e }
        k = lastClose + 1
        while k < e {
            let t = tokens[k]
            if t.isPunct(";") { return k - 1 }
            if !doc.inQuote(k), k + 1 <= e,
                phrases.startsNarrationAfterQuote(k) || phrases.startsModifierAfterQuotedComma(k)
            {
                var end = k - 1
                while end > lastClose && tokens[end].kind == .punct { end -= 1 }
                return end
            }
            if t.isWord && !t.isCapitalized && !doc.inQuote(k), k + 1 <= e, tokens[k + 1].isWord {
                let n = tokens[k + 1]
                if SpeakerLexicon.tailSubordinators.contains(t.key)
                    || t.key == SpeakerLexicon.as && SpeakerLexicon.subjectPronouns.contains(n.key)
                    || SpeakerLexicon.clauseJoinersForCues.contains(t.key) && !n.isCapitalized
                        && (phrases.looksLikePastTense(k + 1) || SpeakerLexicon.negations.contains(n.key)
                            || n.key == SpeakerLexicon.did
                            || SpeakerLexicon.subjectPronouns.contains(n.key) && n.key != SpeakerLexicon.it)
                {
                    return tokens[k - 1].isPunct(",") ? k - 2 : k - 1
                }
            }
            k += 1
        }
        return e
    }

    /// The first comma or semicolon after `from`, or the sentence end. (A comma inside quoted words
    /// that go on after it, `suggested that X ''doesn't want the people, all of you, to know …''`, is
    /// the speaker's pause, not the clause's end.)
    private func clauseEnd(from s: Int, to b: Int) -> Int {
        var e = s
        while e < b && !(tokens[e + 1].isPunct(",") && !insideQuotedWords(e + 1)) && !tokens[e + 1].isPunct(";") {
            e += 1
        }
        return e
    }

    /// Whether token `k` sits inside a double-quoted span, with more of its words after it.
    private func insideQuotedWords(_ k: Int) -> Bool {
        let qi = Int(doc.quoteOfToken[k])
        guard qi >= 0 else { return false }
        let q = doc.quotes[qi]
        return q.isDouble && q.openToken < k && k + 1 < q.closeToken
    }

    /// Extends a subject over prepositional links: "Commission" ← "The nonpartisan Commission on
    /// Presidential Debates", "A spokeswoman for Hillary Clinton".
    private func extendedSubject(_ np: ClosedRange<Int>, sentenceStart a: Int) -> ClosedRange<Int> {
        var current = np
        var steps = 0
        while steps < 3 && current.lowerBound - 2 >= a && current.count < 12 {
            let link = tokens[current.lowerBound - 1]
            guard link.isWord, !link.isCapitalized, SpeakerLexicon.subjectLinks.contains(link.key),
                !SpeakerLexicon.pronouns.contains(tokens[current.lowerBound].key),
                let left = phrases.phraseEnding(at: current.lowerBound - 2, lowerBound: a)
            else { break }
            current = left.lowerBound...current.upperBound
            steps += 1
        }
        return current
    }

    /// A speaker phrase starts with a name, a determiner or a pronoun, or is a bare group, role or
    /// organization noun ("sources", "officials"); "post-traumatic stress" or "making claims" are not.
    private func plausibleSpeaker(_ np: ClosedRange<Int>) -> Bool {
        let first = tokens[np.lowerBound]
        // A lone article ("a widely read column") names nobody; a lone quantifier opening the
        // sentence ("Several said …", "Most say …") stands for the people just mentioned.
        if np.count == 1 && SpeakerLexicon.determiners.contains(first.key)
            && !SpeakerLexicon.pronouns.contains(first.key)
            && !(first.isCapitalized && SpeakerLexicon.loneQuantifiers.contains(first.key))
        {
            return false
        }
        if first.isCapitalized || first.flags.contains(.numeric) || SpeakerLexicon.determiners.contains(first.key)
            || SpeakerLexicon.pronouns.contains(first.key)
        {
            return true
        }
        for k in np where tokens[k].isCapitalized { return true }
        let headToken = tokens[np.upperBound]
        let head = headToken.key
        let plural = headToken.end - headToken.start > 3 && doc.scalars[Int(headToken.end) - 1].value == 0x73
        return plural || SpeakerLexicon.groupNouns.contains(head) || SpeakerLexicon.roleNouns.contains(head)
            || SpeakerLexicon.organizationWords.contains(head)
    }

    /// A subject must start the sentence, follow a comma or discourse word, or be a relative pronoun.
    private func validSubject(_ np: ClosedRange<Int>, sentenceStart a: Int) -> Bool {
        let s = np.lowerBound
        if s <= a { return s == a && plausibleSpeaker(np) }
        let prev = tokens[s - 1]
        if prev.isPunct(",") || prev.isPunct(";") || prev.isPunct(":") || prev.kind == .quote
            || prev.isPunct("—") || prev.isPunct("–") || prev.isPunct("-") || prev.isPunct("―") || prev.isPunct("(")
        {
            return plausibleSpeaker(np)
        }
        // "Predictably Okafor said …": only an opening adverb stands before the subject.
        if prev.isWord && s - 1 == a
            && (phrases.isOpeningAdverb(s - 1) || SpeakerLexicon.discourseWords.contains(prev.key))
        {
            return plausibleSpeaker(np)
        }
        if prev.isWord
            && (SpeakerLexicon.clauseJoiners.contains(prev.key) || SpeakerLexicon.subordinators.contains(prev.key))
        {
            return plausibleSpeaker(np)
        }
        // "On Monday he said …", "…, at a rally this week she said …": only a time or place adjunct
        // opens the clause before the subject.
        if prev.isWord {
            var c = s - 1
            while c > a && s - c < 10 && !tokens[c - 1].isPunct(",") { c -= 1 }
            let named = tokens[s].isCapitalized || SpeakerLexicon.subjectPronouns.contains(tokens[s].key)
            if named, c == a || tokens[c - 1].isPunct(","), skipAdjuncts(from: c, to: s - 1) == s {
                return plausibleSpeaker(np)
            }
        }
        return SpeakerLexicon.relativePronouns.contains(tokens[s].key)
    }
}
