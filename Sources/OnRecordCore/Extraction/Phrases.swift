/// A cue found in the tokens: its modifiers, verb and particle.
struct CueMatch {
    /// First token of the cue as written (a modifier such as "has" or "also", or the verb).
    var first: Int
    /// Index of the verb.
    var verb: Int
    /// Last token of the cue (the particle of "called on", otherwise the verb).
    var last: Int
    var entry: CueEntry
}

/// Noun-phrase and cue finders over an analyzed text. Every search is bounded to a small window,
/// so the cost per quote or sentence is constant.
struct Phrases {
    let doc: AnalyzedText
    var tokens: [Token] { doc.tokens }

    /// Longest noun phrase to consider, in tokens.
    static let maxPhrase = 9

    /// The cue whose verb is token `k`, with any modifiers just before it, or nil.
    func cue(at k: Int, lowerBound: Int = 0) -> CueMatch? {
        let t = tokens[k]
        guard t.isWord, !doc.inQuote(k) else { return nil }
        let entry: CueEntry
        var last = k
        if let particles = CueLexicon.particles[t.key], k + 1 < tokens.count, tokens[k + 1].isWord,
            let e = particles[tokens[k + 1].key]
        {
            entry = e
            last = k + 1
        } else if let e = CueLexicon.words[t.key] {
            entry = e
        } else {
            return nil
        }
        // "the report", "his claims", "Trump's claims": a determiner or possessive makes it a noun.
        // ("the mother of three replied": a number after "of" ends a phrase instead.)
        if k > 0, tokens[k - 1].isWord,
            SpeakerLexicon.determiners.contains(tokens[k - 1].key) || tokens[k - 1].flags.contains(.possessive),
            !(k > 1 && tokens[k - 2].key == SpeakerLexicon.of
                && SpeakerLexicon.numberWords.contains(tokens[k - 1].key)),
            !opensWithLoneQuantifier(k - 1)
        {
            return nil
        }
        if t.isCapitalized && k > 0 && !doc.sentenceEndsAfter[k - 1] && !tokens[k - 1].isPunct(":") {
            return nil  // "Post", "State": a name in mid-sentence
        }
        // "press secretary": a noun before a role noun.
        if last == k && modifiesRoleNoun(k) { return nil }
        // "said in reply", "in comment": after "in" the word is a noun.
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].key == SpeakerLexicon.in { return nil }
        // "to show up", "refused to say": an infinitive does not attribute anything.
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].key == SpeakerLexicon.to { return nil }
        // "was confirmed", "is expected": a passive auxiliary right before a participle.
        if k > 0, tokens[k - 1].isWord, SpeakerLexicon.passiveAuxiliaries.contains(tokens[k - 1].key),
            looksLikePastTense(k) || SpeakerLexicon.irregularParticiples.contains(t.key)
        {
            return nil
        }
        var first = k
        while first - 1 >= lowerBound, tokens[first - 1].isWord, !doc.inQuote(first - 1),
            CueLexicon.modifiers.contains(tokens[first - 1].key) || isAdverb(first - 1), k - first < 3
        {
            first -= 1
        }
        return CueMatch(first: first, verb: k, last: last, entry: entry)
    }

    /// "Several said …", "Another says …": a quantifier opening the sentence stands alone for the
    /// speakers, and the verb after it is a cue, not a noun.
    private func opensWithLoneQuantifier(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.isCapitalized && SpeakerLexicon.loneQuantifiers.contains(t.key)
            && (k == 0 || doc.sentenceEndsAfter[k - 1] || tokens[k - 1].kind == .paragraph)
    }

    /// Whether the lower-case word at `k`, after the last quoted words of a statement, starts the
    /// writer's comment on it: an appositive after a comma or dash (`…, a swipe at …`, `— a modest
    /// boost for …`). (A relative or a participle after the comma often goes on with the speaker's
    /// clause; measured, cutting there loses more than it gains.)
    func startsNarrationAfterQuote(_ k: Int) -> Bool {
        guard k >= 1, k + 1 < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized,
            tokens[k].key == SpeakerLexicon.a || tokens[k].key == SpeakerLexicon.an
        else { return false }
        let prev = tokens[k - 1]
        let dash = prev.key == 0x2014 || prev.key == 0x2013 || prev.key == 0x2D || prev.key == 0x2015
        return prev.isPunct(",") || prev.kind == .punct && dash
    }

    /// Whether the lower-case word at `k` comes right after quoted words that close on a comma
    /// (`…,”`) and opens a modifier of the sentence rather than more of the speaker's clause: a
    /// participle (`…,” citing a ruling`), a non-restrictive "which" (`…,” which is …`) or a speech
    /// tag (`…,” said Lind`). The comma inside the mark is where the speaker's words stop; a bare
    /// comma after a quote often goes on with the speaker's clause (see above).
    func startsModifierAfterQuotedComma(_ k: Int) -> Bool {
        guard k >= 2, k < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k - 2].isPunct(","),
            doc.closesQuote(k - 1)
        else { return false }
        let key = tokens[k].key
        if key == SpeakerLexicon.which { return true }
        if isGerund(k) { return !SpeakerLexicon.nonParticiples.contains(key) }
        if let c = cue(at: k), c.first == k, c.verb == k, c.entry.cueClass == .speech { return true }
        return false
    }

    /// Whether token `k` follows a comma, also one inside a closing quotation mark (`… as "fantastic,"
    /// telling …`).
    func followsComma(_ k: Int) -> Bool {
        guard k >= 1 else { return false }
        if tokens[k - 1].isPunct(",") { return true }
        return k >= 2 && tokens[k - 2].isPunct(",") && doc.closesQuote(k - 1)
    }

    /// Whether token `k` is a symbol glued between two parts of a word with mangled letters
    /// (`protegÃ©s`, `GÃ¼len`): no space on either side, words on both.
    func isGluedSymbol(_ k: Int) -> Bool {
        guard k >= 1, k + 1 < tokens.count, tokens[k].kind == .punct else { return false }
        return tokens[k - 1].isWord && tokens[k + 1].isWord && tokens[k - 1].end == tokens[k].start
            && tokens[k].end == tokens[k + 1].start
    }

    /// A capitalized "-ly" or "-ing" word opening a sentence ("Likewise", "Shortly", "Continuing").
    func isOpeningAdverb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.isCapitalized, t.end - t.start > 4, k == 0 || doc.sentenceEndsAfter[k - 1] else {
            return false
        }
        return endsInLy(k) && !SpeakerLexicon.lyNouns.contains(t.key) || endsInIng(k)
    }

    /// Whether the word at `k` ends in "-ing" (any case before it).
    func endsInIng(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.end - t.start >= 3 else { return false }
        let e = Int(t.end)
        return doc.scalars[e - 3].value == 0x69 && doc.scalars[e - 2].value == 0x6E && doc.scalars[e - 1].value == 0x67
    }

    /// Whether the word at `k` ends in "-ly".
    func endsInLy(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.end - t.start >= 2 else { return false }
        return doc.scalars[Int(t.end) - 2].value == 0x6C && doc.scalars[Int(t.end) - 1].value == 0x79
    }

    /// A capitalized "-ed" or "-ing" word of five or more letters opening a sentence and followed by a
    /// lower-case word ("Worried about …", "Speaking to …"): a participle clause, not a name.
    func isOpeningParticiple(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, t.isCapitalized, !t.flags.contains(.allCaps), t.end - t.start > 4,
            k == 0 || doc.sentenceEndsAfter[k - 1] || tokens[k - 1].kind == .paragraph,
            k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized
        else { return false }
        let z = doc.scalars[Int(t.end) - 1].value
        let y = doc.scalars[Int(t.end) - 2].value
        return (y == 0x65 && z == 0x64) || endsInIng(k)
    }

    /// A lower-case word ending in "-ed" that is not a known role ("criticized", "arrived").
    func looksLikePastTense(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.isCapitalized, t.end - t.start > 4 else { return false }
        return doc.scalars[Int(t.end) - 1].value == 0x64 && doc.scalars[Int(t.end) - 2].value == 0x65
            && !SpeakerLexicon.roleNouns.contains(t.key)
    }

    /// A lower-case content word right after "has"/"have"/"had": a participle, regular or not
    /// ("has gone", "had written").
    func isPerfectParticiple(_ k: Int) -> Bool {
        guard k >= 1 else { return false }
        let t = tokens[k]
        return t.isWord && !t.isCapitalized && SpeakerLexicon.haveForms.contains(tokens[k - 1].key)
            && !SpeakerLexicon.stopWords.contains(t.key) && !SpeakerLexicon.auxiliaries.contains(t.key)
    }

    /// A plural noun after capitalized modifiers ("Harbor pilots", "Border Patrol agents"): a group
    /// of people that can speak.
    func isNamedGroup(_ np: ClosedRange<Int>) -> Bool {
        np.count >= 2 && tokens[np.lowerBound].isCapitalized && !tokens[np.upperBound].isCapitalized
            && isPresentTense(np.upperBound) && tokens[np.upperBound - 1].isCapitalized
            && !SpeakerLexicon.determiners.contains(tokens[np.lowerBound].key)
            && !SpeakerLexicon.stopWords.contains(tokens[np.lowerBound].key)
            && !SpeakerLexicon.pronouns.contains(tokens[np.lowerBound].key)
    }

    /// A lower-case word of four or more letters ending in "-s" but not "-ss" ("wonders", "posts").
    func isPresentTense(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.isCapitalized, t.end - t.start > 3 else { return false }
        return doc.scalars[Int(t.end) - 1].value == 0x73 && doc.scalars[Int(t.end) - 2].value != 0x73
    }

    /// A gerund that can head a participle clause: not one of the "-ing" words that never do
    /// ("including", "according", "morning").
    func isParticiple(_ k: Int) -> Bool {
        isGerund(k) && !SpeakerLexicon.nonParticiples.contains(tokens[k].key)
    }

    /// A lower-case word of five or more letters ending in "-ing" ("describing").
    func isGerund(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.isCapitalized, t.end - t.start > 4 else { return false }
        return endsInIng(k)
    }

    /// A lower-case word ending in "-ly" ("forcefully", "repeatedly"), taken as an adverb.
    func isAdverb(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.isWord, !t.isCapitalized, t.end - t.start > 4 else { return false }
        return endsInLy(k) && !SpeakerLexicon.lyNouns.contains(t.key)
    }

    /// Skips a time adjunct written before a cue ("in 2010", "on Tuesday", "last week"), returning
    /// the index of the token before it.
    func skipTimeAdjunct(endingAt e: Int, lowerBound: Int) -> Int {
        var k = e
        var skipped = 0
        var timed = false
        while k >= lowerBound && skipped < 4 {
            let t = tokens[k]
            guard t.isWord else { break }
            if t.flags.contains(.numeric) || SpeakerLexicon.timeWords.contains(t.key) {
                if !t.flags.contains(.numeric) { timed = true }
                k -= 1
                skipped += 1
                continue
            }
            if skipped > 0 && SpeakerLexicon.timePrepositions.contains(t.key) {
                timed = true
                k -= 1
                skipped += 1
                continue
            }
            break
        }
        // A bare number is part of the phrase ("the mother of three"), not a date.
        return timed ? k : e
    }

    /// The noun phrase ending at token `e`, walking left no further than `lowerBound`.
    func phraseEnding(at e: Int, lowerBound: Int) -> ClosedRange<Int>? {
        guard e >= lowerBound, e < tokens.count, tokens[e].isWord, !doc.inQuote(e) else { return nil }
        let last = tokens[e]
        if SpeakerLexicon.pronouns.contains(last.key) { return e...e }
        if SpeakerLexicon.stopWords.contains(last.key) && !last.isCapitalized { return nil }
        if CueLexicon.modifiers.contains(last.key) && !last.isCapitalized { return nil }
        var a = e
        while a - 1 >= lowerBound && e - (a - 1) < Phrases.maxPhrase {
            let t = tokens[a - 1]
            guard t.isWord, !doc.inQuote(a - 1) else { break }
            if !t.isCapitalized {
                // "Lindsey Graham and David Perdue said": "and" between two names joins them.
                let joinsNames =
                    t.key == SpeakerLexicon.and && tokens[a].isCapitalized && a - 2 >= lowerBound
                    && tokens[a - 2].isCapitalized && tokens[a - 2].isWord
                if SpeakerLexicon.stopWords.contains(t.key) && t.key != SpeakerLexicon.of && !joinsNames { break }
                if SpeakerLexicon.pronouns.contains(t.key) { break }
                if CueLexicon.words[t.key] != nil && !SpeakerLexicon.determiners.contains(t.key)
                    && !modifiesRoleNoun(a - 1)
                {
                    break
                }
            }
            a -= 1
        }
        // Drop sentence openers ("But", "Meanwhile", "Likewise", "Continuing") and a dangling "of".
        while a < e, tokens[a].isCapitalized,
            SpeakerLexicon.discourseWords.contains(tokens[a].key) || isOpeningAdverb(a)
        {
            a += 1
        }
        while a < e, !tokens[a].isCapitalized, tokens[a].key == SpeakerLexicon.of { a += 1 }
        // A phrase of only lower-case words must start with a determiner ("the spokesman", "a source")
        // or be a bare plural-looking noun ("sources", "officials").
        return a <= e ? a...e : nil
    }

    /// Whether the quotation mark at `k` belongs to a nickname inside a name (`Marcia "Cia" Price`):
    /// one or two capitalized words in double marks, between a capitalized word and another one.
    func isNicknameMark(_ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .quote, doc.quoteOfToken[k] >= 0 else { return false }
        let q = doc.quotes[Int(doc.quoteOfToken[k])]
        let inner = q.closeToken - q.openToken - 1
        guard q.isDouble, !q.recovered, inner >= 1, inner <= 2, q.openToken >= 1, q.closeToken + 1 < tokens.count else {
            return false
        }
        for j in (q.openToken + 1)..<q.closeToken where !(tokens[j].isWord && tokens[j].isCapitalized) { return false }
        let before = tokens[q.openToken - 1]
        let after = tokens[q.closeToken + 1]
        return before.isWord && before.isCapitalized && after.isWord && after.isCapitalized
    }

    /// Whether the word at `k`, which looks like a cue verb, is a noun modifying the role noun after
    /// it ("press secretary", "show host").
    /// Only a bare form can be such a noun: "told moderator X" is a verb and its object.
    /// ("a liberal think tank": "think" names the kind of tank.)
    func modifiesRoleNoun(_ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
            CueLexicon.words[tokens[k].key]?.baseForm == true
        else { return false }
        return SpeakerLexicon.roleNouns.contains(tokens[k + 1].key)
            || tokens[k].key == SpeakerLexicon.think && SpeakerLexicon.tanks.contains(tokens[k + 1].key)
    }

    /// The subject of a cue starting at token `cueFirst`: "Dean, a former chairman, said" → "Dean",
    /// "Rep. X (D-Md.) said" → "Rep. X", "the source added" → "the source".
    func subject(before cueFirst: Int, lowerBound: Int, extendingHead: Bool = true) -> ClosedRange<Int>? {
        var k = cueFirst - 1
        guard k >= lowerBound else { return nil }
        if tokens[k].isPunct(")") {
            var p = k - 1
            while p >= lowerBound && k - p < 12 && !tokens[p].isPunct("(") { p -= 1 }
            guard p >= lowerBound, tokens[p].isPunct("(") else { return nil }
            k = p - 1
        }
        guard k >= lowerBound else { return nil }
        k = skipTimeAdjunct(endingAt: k, lowerBound: lowerBound)
        guard k >= lowerBound else { return nil }
        if tokens[k].isPunct(",") {
            // Appositive: NAME , description [, more description] , CUE — the name is the phrase
            // before a comma that starts the clause; the nearest such phrase wins.
            var j = k - 1
            var commas = 0
            var fallback: ClosedRange<Int>? = nil
            var nearestComma: Int? = nil
            while j > lowerBound && k - j < 30 {
                let t = tokens[j]
                // (An apostrophe that closes no quotation, "the veterans' families", is part of the text.)
                if t.kind == .paragraph || AnalyzedText.isTerminal(t)
                    || t.kind == .quote && doc.quoteOfToken[j] >= 0 && !isNicknameMark(j)
                {
                    break
                }
                if t.isPunct(",") {
                    commas += 1
                    if nearestComma == nil { nearestComma = j }
                    if let name = subject(before: j, lowerBound: lowerBound, extendingHead: false) {
                        let s = name.lowerBound
                        let named = tokens[j - 1].isCapitalized || tokens[j - 1].isPunct(")")
                        // A lower-case head ("A Warren adviser, who spoke on condition of anonymity,
                        // said") counts only when it opens the clause with a determiner.
                        let determined = SpeakerLexicon.determiners.contains(tokens[s].key) || tokens[s].isCapitalized
                        let clauseStart =
                            s == lowerBound || tokens[s - 1].isPunct(",") || tokens[s - 1].isPunct(";")
                            // ("But X, …" opens a clause; "… at the Institute, …" does not.)
                            || (tokens[s - 1].isWord && tokens[s - 1].isCapitalized
                                && SpeakerLexicon.discourseWords.contains(tokens[s - 1].key))
                            // ("Or, as X, a former aide, put it": a subordinator opens one too.)
                            || (tokens[s - 1].isWord && SpeakerLexicon.subordinators.contains(tokens[s - 1].key))
                        if clauseStart && named { return name }
                        if clauseStart && determined && s == lowerBound {
                            // "The port's new director, Sami Haddad, said": prefer the name between
                            // the commas to the description.
                            if j == nearestComma, k - 1 > j, tokens[k - 1].isCapitalized,
                                let inner = phraseEnding(at: k - 1, lowerBound: j + 1), inner.lowerBound == j + 1
                            {
                                return inner
                            }
                            return name
                        }
                        if fallback == nil && named { fallback = name }
                    }
                    if commas >= 3 { break }
                }
                j -= 1
            }
            // "The state's campaign chairman, Phil Lovas, said": the name between the commas.
            if fallback == nil, let c = nearestComma, k - 1 > c, tokens[k - 1].isCapitalized,
                let inner = phraseEnding(at: k - 1, lowerBound: c + 1), inner.lowerBound == c + 1
            {
                return inner
            }
            return fallback
        }
        if isDash(tokens[k]) {
            // "Jason Sims — a teacher from Mount Pleasant — says": the name before the first dash.
            var j = k - 1
            while j > lowerBound && k - j < 20 && !isDash(tokens[j]) {
                if tokens[j].kind == .paragraph || AnalyzedText.isTerminal(tokens[j]) || tokens[j].kind == .quote {
                    return nil
                }
                j -= 1
            }
            guard j > lowerBound, isDash(tokens[j]) else { return nil }
            return phraseEnding(at: j - 1, lowerBound: lowerBound)
        }
        guard let np = phraseEnding(at: k, lowerBound: lowerBound) else { return nil }
        return extendingHead ? withLeadingHead(np, lowerBound: lowerBound) ?? np : np
    }

    /// `Fans on the pier chanted`, `Protesters marching through the streets chanted`: the phrase
    /// before the cue is the object of a preposition; the subject is the head that opens the clause
    /// before it (with the preposition's phrase, as annotators mark it).
    private func withLeadingHead(_ np: ClosedRange<Int>, lowerBound: Int) -> ClosedRange<Int>? {
        var p = np.lowerBound - 1
        guard p - 1 >= lowerBound, tokens[p].isWord, !tokens[p].isCapitalized,
            SpeakerLexicon.locativePrepositions.contains(tokens[p].key),
            SpeakerLexicon.determiners.contains(tokens[np.lowerBound].key) || tokens[np.lowerBound].isCapitalized
        else { return nil }
        p -= 1
        if isGerund(p) { p -= 1 }
        guard p >= lowerBound, tokens[p].isWord, let head = phraseEnding(at: p, lowerBound: lowerBound) else {
            return nil
        }
        let h = tokens[head.upperBound]
        let s = head.lowerBound
        let opensClause =
            s == lowerBound || doc.sentenceEndsAfter[s - 1] || tokens[s - 1].isPunct(",")
            || tokens[s - 1].kind == .paragraph
        let personLike =
            h.isCapitalized || SpeakerLexicon.roleNouns.contains(h.key)
            || SpeakerLexicon.groupNouns.contains(h.key)
            || !h.isCapitalized && h.end - h.start > 3 && doc.scalars[Int(h.end) - 1].value == 0x73
        guard opensClause, personLike, !SpeakerLexicon.pronouns.contains(h.key) else { return nil }
        return s...np.upperBound
    }

    private func isDash(_ t: Token) -> Bool {
        t.kind == .punct && (t.key == 0x2014 || t.key == 0x2013 || t.key == 0x2015 || t.key == 0x2D)
    }

    /// The noun phrase starting at token `s` (after a cue: "said Kenneth Baer, a …" → "Kenneth Baer").
    /// Whether the lower-case title at `s` is followed, within two more lower-case words, by a
    /// capitalized word ("former alderman Piet Laarman", "former Ohio governor …").
    private func titleLeadsToName(_ s: Int, upperBound: Int) -> Bool {
        var k = s + 1
        while k <= upperBound && k - s <= 3 {
            let t = tokens[k]
            guard t.isWord, !doc.inQuote(k) else { return false }
            if t.isCapitalized { return true }
            if SpeakerLexicon.stopWords.contains(t.key) || CueLexicon.words[t.key] != nil { return false }
            k += 1
        }
        return false
    }

    func phraseStarting(
        at s: Int, upperBound: Int, allowBare: Bool = false, subjectPosition: Bool = false
    ) -> ClosedRange<Int>? {
        guard s < tokens.count, s <= upperBound, tokens[s].isWord, !doc.inQuote(s) else { return nil }
        let first = tokens[s]
        if SpeakerLexicon.pronouns.contains(first.key) { return s...s }
        guard
            first.isCapitalized || SpeakerLexicon.determiners.contains(first.key) || first.flags.contains(.numeric)
                || allowBare && !SpeakerLexicon.stopWords.contains(first.key)
                // "said former senator Ada Lind": a lower-case title opens a name.
                || SpeakerLexicon.titles.contains(first.key) && titleLeadsToName(s, upperBound: upperBound)
        else { return nil }
        if first.isCapitalized && SpeakerLexicon.discourseWords.contains(first.key)
            && !SpeakerLexicon.determiners.contains(first.key)
        {
            return nil
        }
        var e = s
        while e + 1 <= upperBound && e + 1 - s < Phrases.maxPhrase {
            let t = tokens[e + 1]
            guard t.isWord, !doc.inQuote(e + 1) else { break }
            if !t.isCapitalized {
                if SpeakerLexicon.stopWords.contains(t.key) || SpeakerLexicon.pronouns.contains(t.key) { break }
                if CueLexicon.words[t.key] != nil && !modifiesRoleNoun(e + 1) || CueLexicon.modifiers.contains(t.key) {
                    break
                }
                if looksLikePastTense(e + 1) { break }  // "Carla Mendez criticized …"
                // A lower-case word follows a determiner, a name, or a role/organization noun; after
                // any other lower-case word it is most likely the verb ("The coach stood up").
                let prev = tokens[e]
                // After a name, only a role, organization or group noun continues the phrase
                // ("the Clinton campaign", "Trump aides"); "Romney went" ends at the name.
                let nounAfterName =
                    SpeakerLexicon.roleNouns.contains(t.key)
                    || SpeakerLexicon.organizationWords.contains(t.key) || SpeakerLexicon.groupNouns.contains(t.key)
                // ("The Republican presidential nominee": after a determiner, a capitalized adjective
                // and lower-case ones may lead to the role noun.)
                if subjectPosition && prev.isCapitalized && !prev.flags.contains(.possessive) && !nounAfterName
                    && !SpeakerLexicon.determiners.contains(prev.key)
                    && !(SpeakerLexicon.articles.contains(first.key)
                        && adjectivesLeadToRole(e + 1, upperBound: upperBound))
                {
                    break
                }
                // ("a senior adviser", "a top aide": an adjective before a role noun stays.)
                if subjectPosition && !prev.isCapitalized && !SpeakerLexicon.determiners.contains(prev.key)
                    && !SpeakerLexicon.roleNouns.contains(prev.key) && !nounAfterName
                    && !SpeakerLexicon.organizationWords.contains(prev.key)
                    && !prev.flags.contains(.numeric) && !prev.flags.contains(.possessive)
                {
                    break
                }
            }
            if tokens[e].flags.contains(.possessive) && t.isCapitalized == false && e > s + 3 { break }
            e += 1
        }
        // Do not end on "of" ("the mayor of").
        while e > s && tokens[e].key == SpeakerLexicon.of { e -= 1 }
        return s...e
    }

    /// Whether lower-case words from `k` (one or two, no verbs) end in a role noun: "presidential
    /// nominee", "vice presidential candidate".
    private func adjectivesLeadToRole(_ k: Int, upperBound: Int) -> Bool {
        var j = k
        while j <= upperBound && j - k <= 2 {
            let t = tokens[j]
            guard t.isWord, !t.isCapitalized, !doc.inQuote(j) else { return false }
            if SpeakerLexicon.roleNouns.contains(t.key) { return j > k }
            if SpeakerLexicon.stopWords.contains(t.key) || CueLexicon.words[t.key] != nil || looksLikePastTense(j) {
                return false
            }
            j += 1
        }
        return false
    }

    /// The first noun phrase of the sentence starting at `a` (the subject a participle cue refers to).
    func sentenceSubject(from a: Int, before limit: Int) -> ClosedRange<Int>? {
        var s = a
        // A dateline ("BALI, Indonesia — …") is not the subject: it ends at the first dash.
        if s < limit, tokens[s].isWord, tokens[s].flags.contains(.allCaps) {
            var d = s + 1
            // ("FLINT, Mich., Oct. 4 (UPI) — …": a date and an agency may follow the place.)
            while d < limit && d - s < 12
                && (tokens[d].isCapitalized || tokens[d].isPunct(",") || tokens[d].flags.contains(.numeric)
                    || tokens[d].isPunct("(") || tokens[d].isPunct(")"))
            {
                d += 1
            }
            if d < limit, tokens[d].kind == .punct,
                tokens[d].key == 0x2014 || tokens[d].key == 0x2013 || tokens[d].key == 0x2D
            {
                s = d + 1
            }
        }
        // "On September 27 they …", "Last week the council …": a date opening the sentence without a
        // comma is no part of the subject.
        if s + 1 < limit, tokens[s].isWord, SpeakerLexicon.timePrepositions.contains(tokens[s].key) {
            var t = s + 1
            while t < limit && tokens[t].isWord
                && (SpeakerLexicon.timeWords.contains(tokens[t].key) || tokens[t].flags.contains(.numeric))
            {
                t += 1
            }
            if t > s + 1, t < limit, tokens[t].isWord,
                SpeakerLexicon.articles.contains(tokens[t].key)
                    || SpeakerLexicon.subjectPronouns.contains(tokens[t].key)
            {
                s = t
            }
        }
        // "In a speech on Monday, Trump …": the subject follows the opening adjunct.
        // ("Then he cut into …", "But he wanted …": a word joining main clauses before a subject pronoun
        // opens no adjunct; "When she was …," does.)
        let beforePronoun =
            s + 1 < limit && SpeakerLexicon.clauseJoiners.contains(tokens[s].key) && tokens[s + 1].isWord
            && SpeakerLexicon.subjectPronouns.contains(tokens[s + 1].key)
        if s < limit, tokens[s].isWord, SpeakerLexicon.stopWords.contains(tokens[s].key), !beforePronoun {
            var c = s
            while c < limit && c - s < 25 && !tokens[c].isPunct(",") { c += 1 }
            if c < limit && tokens[c].isPunct(",") { s = c + 1 }
            // "On July 6, 2015, Sanders …": the year belongs to the date.
            if s + 1 < limit, tokens[s].isWord, tokens[s].flags.contains(.numeric), tokens[s + 1].isPunct(",") {
                s += 2
            }
        }
        // "Worried about the turnout, Obama …", "Speaking in Ohio, Lind …": an opening participle
        // clause ends at its comma.
        if s + 1 < limit, isOpeningParticiple(s) {
            var c = s + 1
            while c < limit && c - s < 20 && !tokens[c].isPunct(",") && tokens[c].kind != .quote { c += 1 }
            if c + 1 < limit, tokens[c].isPunct(",") { s = c + 1 }
        }
        // "Eight years ago, he …", "Minutes later, she …", "Back in 1999, Trump …": an opening time
        // phrase up to its comma.
        if s < limit, tokens[s].isWord, tokens[s].isCapitalized {
            var c = s
            var timely = false
            while c < limit && c - s < 6 && tokens[c].isWord {
                let key = tokens[c].key
                if SpeakerLexicon.timeWords.contains(key) || tokens[c].flags.contains(.numeric) { timely = true }
                c += 1
            }
            let first = tokens[s].key
            let last = tokens[c - 1].key
            if c > s + 1, c + 1 < limit, tokens[c].isPunct(","),
                timely || SpeakerLexicon.timePhraseEdges.contains(last),
                SpeakerLexicon.timePhraseEdges.contains(first) || SpeakerLexicon.timePhraseEdges.contains(last)
            {
                s = c + 1
            }
        }
        // "More recently, Trump …", "Just as importantly, she …": a short adverbial phrase ending in
        // an "-ly" adverb, up to its comma.
        if s + 1 < limit, tokens[s].isWord, tokens[s].isCapitalized, !tokens[s].flags.contains(.allCaps) {
            var c = s + 1
            while c < limit && c - s < 3 && tokens[c].isWord && !tokens[c].isCapitalized { c += 1 }
            if c > s + 1, c + 1 < limit, tokens[c].isPunct(","), isAdverb(c - 1) { s = c + 1 }
        }
        // `Speaking in Salem, New Hampshire, Trump …`, `At a rally in Ames, Iowa, on Sunday, Clinton …`:
        // the state after a place name and its comma closes the opening phrase, and a time adjunct
        // may follow it.
        var steps = 0
        while steps < 2, s > a + 1, s < limit, tokens[s - 1].isPunct(","), tokens[s - 2].isCapitalized {
            var e = s
            while e < limit && e - s < 3 && tokens[e].isWord && tokens[e].isCapitalized { e += 1 }
            guard e > s, e < limit, tokens[e].isPunct(","),
                SpeakerLexicon.regions.contains(tokens[e - 1].key) || SpeakerLexicon.places.contains(tokens[e - 1].key)
            else { break }
            s = e + 1
            if s < limit, tokens[s].isWord, SpeakerLexicon.timePrepositions.contains(tokens[s].key) {
                var c = s
                while c < limit && c - s < 6 && !tokens[c].isPunct(",") { c += 1 }
                if c < limit, tokens[c].isPunct(",") { s = c + 1 }
            }
            steps += 1
        }
        while s < limit, tokens[s].isCapitalized, SpeakerLexicon.discourseWords.contains(tokens[s].key) {
            s += 1
            if s < limit, tokens[s].isPunct(",") { s += 1 }
        }
        guard let np = phraseStarting(at: s, upperBound: limit - 1, subjectPosition: true) else { return nil }
        // "Harbor pilots described …", "Border Patrol agents said …": the capitalized words modify a
        // plural noun, which heads the subject when a verb follows it.
        let n = np.upperBound + 1
        if n + 1 < limit, tokens[n].isWord, !tokens[n].isCapitalized, isPresentTense(n),
            !SpeakerLexicon.stopWords.contains(tokens[n].key), tokens[n + 1].isWord, !tokens[n + 1].isCapitalized,
            looksLikePastTense(n + 1) || SpeakerLexicon.auxiliaries.contains(tokens[n + 1].key)
                || cue(at: n + 1).map({ !$0.entry.participle }) == true
        {
            for k in np where !tokens[k].isCapitalized || tokens[k].flags.contains(.possessive) { return np }
            return np.lowerBound...n
        }
        return np
    }

    /// The speaker of the nearest earlier cue in the same stretch: for `"…," he said, adding, "…"`
    /// the participle "adding" belongs to "he".
    func speakerOfNearestCue(before k: Int, floor: Int) -> ClosedRange<Int>? {
        var j = k - 1
        while j >= floor && k - j <= 12 {
            if tokens[j].kind == .paragraph || AnalyzedText.isTerminal(tokens[j]) { return nil }
            if tokens[j].isWord, let c = cue(at: j, lowerBound: floor), !c.entry.participle,
                c.entry.cueClass != .characterize
            {
                if let np = subject(before: c.first, lowerBound: floor) { return np }
                return phraseStarting(at: c.last + 1, upperBound: k - 1, subjectPosition: true)
            }
            j -= 1
        }
        return nil
    }

    /// A bare verb form ("stress", "claim") needs a plural or first/second-person subject, or an
    /// auxiliary ("did say", "will claim"); otherwise the word is most likely a noun.
    func agrees(_ c: CueMatch, with np: ClosedRange<Int>) -> Bool {
        guard c.entry.baseForm, c.first == c.verb else { return true }
        let head = tokens[np.upperBound]
        if SpeakerLexicon.pluralPronouns.contains(head.key) { return true }
        // "Mr. King and Mr. Schultz say": a coordinated subject.
        for k in np where tokens[k].key == SpeakerLexicon.and { return true }
        if np.lowerBound >= 2, tokens[np.lowerBound - 1].key == SpeakerLexicon.and, tokens[np.lowerBound - 2].isWord {
            return true
        }
        if SpeakerLexicon.pronouns.contains(head.key) { return false }
        return head.end - head.start > 2 && doc.scalars[Int(head.end) - 1].value == 0x73
            || SpeakerLexicon.groupNouns.contains(head.key)
    }

    /// The first token of the sentence containing token `k`, not before `floor`.
    func sentenceStart(of k: Int, floor: Int = 0) -> Int {
        max(floor, min(k, Int(doc.sentenceStartOf[k])))
    }

    /// The last token of the sentence containing token `k`, looking at most `limit` tokens ahead.
    func sentenceEnd(of k: Int, limit: Int = Int.max) -> Int {
        var b = k
        while b < tokens.count - 1 && !doc.sentenceEndsAfter[b] && b - k < limit { b += 1 }
        return b
    }
}
