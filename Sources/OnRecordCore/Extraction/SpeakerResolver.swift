/// Resolves speaker mentions ("he", "the Ukrainian president", "Mr. Trump", "the latter") to names
/// seen in the same document.
struct SpeakerResolver {
    /// A person named in full somewhere in the document.
    struct Person {
        var name: String
        var nameStart: Int
        var lastKey: UInt64
        var firstKey: UInt64
        /// Role nouns and place keys written just before the name ("Ukraine president").
        var roles: Set<UInt64>
        /// Token index where the name starts.
        var position: Int
        /// true for female, false for male, nil when unknown.
        var female: Bool?
    }

    /// A pair "A and B", for "the former" / "the latter".
    struct Pair {
        var first: ClosedRange<Int>
        var second: ClosedRange<Int>
        var position: Int
    }

    /// The outcome of resolving one mention.
    struct Resolution {
        var name: String?
        var kind: ActorKind
        /// Multiplies the rule's confidence.
        var certainty: Double
    }

    let doc: AnalyzedText
    private(set) var people: [Person] = []
    private(set) var pairs: [Pair] = []
    /// People by the key of their last name, in document order (indices into `people`).
    private var bySurname: [UInt64: [Int]] = [:]
    /// Known genders by full name.
    private var genderByName: [String: Bool] = [:]
    /// How far back the resolver looks among earlier names; keeps long documents linear.
    private static let lookBack = 64
    private var tokens: [Token] { doc.tokens }

    init(doc: AnalyzedText) {
        self.doc = doc
        collect()
        for (i, p) in people.enumerated() {
            bySurname[p.lastKey, default: []].append(i)
            if let f = p.female, genderByName[p.name] == nil { genderByName[p.name] = f }
        }
    }

    /// Index of the first person named at or after token `position` (people are in document order).
    private func firstPerson(atOrAfter position: Int) -> Int {
        people.partitionPoint { $0.position >= position }
    }

    /// The latest person named before token `position` that satisfies `accept`, looking back a bounded
    /// number of names.
    private func latestPerson(before position: Int, where accept: (Person) -> Bool) -> Person? {
        var i = firstPerson(atOrAfter: position) - 1
        var steps = 0
        while i >= 0 && steps < SpeakerResolver.lookBack {
            if accept(people[i]) { return people[i] }
            i -= 1
            steps += 1
        }
        return nil
    }

    private func isNameWord(_ t: Token) -> Bool {
        t.isWord && t.isCapitalized && !t.flags.contains(.allCaps) && !t.flags.contains(.numeric)
            && !SpeakerLexicon.titles.contains(t.key) && !SpeakerLexicon.discourseWords.contains(t.key)
            && !SpeakerLexicon.determiners.contains(t.key) && !SpeakerLexicon.pronouns.contains(t.key)
            && CueLexicon.words[t.key] == nil && !SpeakerLexicon.nationalities.contains(t.key)
    }

    /// One pass over the tokens: full names (two or more capitalized words) and "A and B" pairs.
    private mutating func collect() {
        let n = tokens.count
        let phrases = Phrases(doc: doc)
        var k = 0
        while k < n {
            let t = tokens[k]
            if isNameWord(t) && !t.flags.contains(.possessive) && !phrases.isOpeningAdverb(k) {
                var e = k
                while e + 1 < n && isNameWord(tokens[e + 1]) && !tokens[e].flags.contains(.possessive) { e += 1 }
                if e > k && e - k < 4 && !SpeakerLexicon.places.contains(tokens[e].key)
                    && !SpeakerLexicon.organizationWords.contains(tokens[e].key)
                {
                    var roles = Set<UInt64>()
                    var r = k - 1
                    var initials = ""
                    while r >= 0 && k - r <= 4 && tokens[r].isWord {
                        let key = tokens[r].key
                        roles.insert(key)
                        if let place = SpeakerLexicon.demonyms[key] { roles.insert(place) }
                        if SpeakerLexicon.headTitles.contains(key) {
                            for alias in SpeakerLexicon.headAliases { roles.insert(alias) }
                        }
                        // "United Nations Secretary-General …" is later "the U.N. chief": keep the
                        // initials of the capitalized words before the title.
                        if tokens[r].isCapitalized && !SpeakerLexicon.titles.contains(key) {
                            initials = String(doc.scalars[Int(tokens[r].start)]) + initials
                            if initials.count >= 2 { roles.insert(WordKey.of(initials)) }
                        } else if !initials.isEmpty {
                            initials = ""
                        }
                        r -= 1
                    }
                    people.append(
                        Person(
                            name: doc.string(tokens: k, e), nameStart: Int(tokens[k].start), lastKey: tokens[e].key,
                            firstKey: tokens[k].key, roles: roles, position: k,
                            female: gender(first: tokens[k].key, title: k > 0 ? tokens[k - 1].key : 0)))
                }
                // "Russia and Ukraine": a pair of single names or places.
                if e + 2 < n && tokens[e + 1].key == SpeakerLexicon.and && isNameWord(tokens[e + 2]) {
                    var f = e + 2
                    while f + 1 < n && isNameWord(tokens[f + 1]) && f - (e + 2) < 3 { f += 1 }
                    pairs.append(Pair(first: k...e, second: (e + 2)...f, position: k))
                }
                k = e + 1
                continue
            }
            k += 1
        }
    }

    private func gender(first: UInt64, title: UInt64) -> Bool? {
        if SpeakerLexicon.femaleMarkers.contains(title) || SpeakerLexicon.femaleMarkers.contains(first) { return true }
        if SpeakerLexicon.maleMarkers.contains(title) || SpeakerLexicon.maleMarkers.contains(first) { return false }
        return nil
    }

    /// The gender recorded for a resolved name, if the document showed it.
    func isFemale(_ name: String) -> Bool? {
        genderByName[name]
    }

    /// Resolves `mention` (token range); `recentSpeakers` are the person speakers resolved so far,
    /// most recent last, preferred for pronouns.
    func resolve(_ mention: ClosedRange<Int>, recentSpeakers: [String]) -> Resolution {
        let lastSpeaker = recentSpeakers.last
        let a = mention.lowerBound
        var e = mention.upperBound
        var head = tokens[e]
        if a == e && SpeakerLexicon.pronouns.contains(head.key) {
            if SpeakerLexicon.relativePronouns.contains(head.key) {
                // ", who said": the antecedent before the comma.
                let phrases = Phrases(doc: doc)
                if a >= 2, tokens[a - 1].isPunct(","),
                    let np = phrases.phraseEnding(at: a - 2, lowerBound: max(0, a - 10))
                {
                    var r = resolve(np, recentSpeakers: recentSpeakers)
                    // `Ravi Dunn, a harbor pilot, who said`: an appositive stands before the comma; the
                    // name comes before the appositive.
                    if r.name == nil, np.lowerBound >= 2, tokens[np.lowerBound - 1].isPunct(","),
                        let name = phrases.phraseEnding(at: np.lowerBound - 2, lowerBound: max(0, np.lowerBound - 10))
                    {
                        let named = resolve(name, recentSpeakers: recentSpeakers)
                        if named.name != nil { r = named }
                    }
                    r.certainty *= 0.9
                    return r
                }
                return Resolution(name: nil, kind: .unknown, certainty: 0.5)
            }
            if SpeakerLexicon.masculineOrFeminine.contains(head.key) {
                // The latest speaker the pronoun can refer to; a known gender must match.
                let wantFemale = head.key == SpeakerLexicon.she
                for s in recentSpeakers.reversed() where isFemale(s) ?? wantFemale == wantFemale {
                    return Resolution(name: s, kind: .person, certainty: s == lastSpeaker ? 0.8 : 0.65)
                }
                if let p = latestPerson(before: a, where: { ($0.female ?? wantFemale) == wantFemale }) {
                    return Resolution(name: p.name, kind: .person, certainty: 0.6)
                }
            }
            return Resolution(name: nil, kind: .unknown, certainty: 0.6)
        }
        // "the former" / "the latter"
        if e == a + 1 && tokens[a].key == SpeakerLexicon.the
            && (head.key == SpeakerLexicon.former || head.key == SpeakerLexicon.latter)
        {
            if let pair = latestPair(before: a) {
                let r = head.key == SpeakerLexicon.former ? pair.first : pair.second
                var res = resolveName(r)
                res.certainty *= 0.85
                return res
            }
            return Resolution(name: nil, kind: .unknown, certainty: 0.5)
        }
        // "Rep. Elijah Cummings of Maryland", "the Bush Center in Dallas": the head comes before the
        // first preposition when a name stands there.
        var cut = a
        while cut < e {
            let t = tokens[cut]
            if t.isWord && !t.isCapitalized && SpeakerLexicon.subjectLinks.contains(t.key) {
                var hasName = false
                for j in a..<cut where isNameWord(tokens[j]) { hasName = true }
                // "a security analyst at the X Institute", "officials at the ministry": a role or a
                // group before the preposition is the head, not the institution after it.
                let before = cut > a ? tokens[cut - 1] : t
                // ("A spokesman for the Harbor Board" speaks for the board: "for" and "of" keep it.)
                let describedHead =
                    cut > a && before.isWord && !before.isCapitalized && !SpeakerLexicon.representLinks.contains(t.key)
                    && (SpeakerLexicon.roleNouns.contains(before.key) || isGroupNoun(before))
                if hasName || describedHead { e = cut - 1 }
                break
            }
            cut += 1
        }
        head = tokens[e]
        // "City officials", "Aid agencies", "several ministers": a plural common noun names a group,
        // never a person. The speaker is the whole description (without its determiner), or nil when
        // nothing but a quantifier qualifies the noun.
        // ("Harbor pilots", "Border Patrol agents": a plural after capitalized modifiers.)
        let pluralAfterName =
            e > a && tokens[e - 1].isCapitalized && head.isWord && head.end - head.start > 3
            && doc.scalars[Int(head.end) - 1].value == 0x73 && doc.scalars[Int(head.end) - 2].value != 0x73
        if !head.isCapitalized && (isGroupNoun(head) || pluralAfterName) {
            return groupResolution(a...e)
        }
        // A proper name somewhere in the phrase: take the last run of name words.
        var runEnd = -1
        var k = e
        while k >= a {
            if isNameWord(tokens[k]) {
                runEnd = k
                break
            }
            k -= 1
        }
        let isOrganizationHead = SpeakerLexicon.organizationWords.contains(head.key)
        let isRoleHead = SpeakerLexicon.roleNouns.contains(head.key) && !head.isCapitalized
        if runEnd >= 0 && !((isOrganizationHead || isRoleHead) && runEnd < e) {
            var runStart = runEnd
            while runStart - 1 >= a && isNameWord(tokens[runStart - 1])
                && !tokens[runStart - 1].flags.contains(.possessive)
            {
                runStart -= 1
            }
            if runEnd == e || !tokens[runEnd].flags.contains(.possessive) {
                return resolveName(runStart...runEnd)
            }
        }
        // Organizations written as descriptions: "the foreign ministry", "Russia's foreign ministry".
        if isOrganizationHead || SpeakerLexicon.places.contains(head.key) {
            var s = a
            if tokens[s].key == SpeakerLexicon.the && s < e { s += 1 }
            return Resolution(name: doc.string(tokens: s, e), kind: .organization, certainty: 0.85)
        }
        // Role descriptions: "the Ukrainian president", "the spokesman".
        if SpeakerLexicon.roleNouns.contains(head.key) {
            var places = Set<UInt64>()
            for j in a...e where tokens[j].isCapitalized && tokens[j].key != SpeakerLexicon.the {
                places.insert(tokens[j].key)
                if let p = SpeakerLexicon.demonyms[tokens[j].key] { places.insert(p) }
            }
            let role = head.key
            if let p = latestPerson(
                before: a,
                where: { $0.roles.contains(role) && (places.isEmpty || !places.isDisjoint(with: $0.roles)) })
            {
                return Resolution(name: p.name, kind: .person, certainty: 0.75)
            }
        }
        return Resolution(name: nil, kind: .unknown, certainty: 0.55)
    }

    /// Whether a word is a plural noun for a group of people or institutions ("officials",
    /// "agencies", "organisers"): listed, or a regular plural with a typical ending.
    private func isGroupNoun(_ t: Token) -> Bool {
        guard t.isWord, !t.flags.contains(.possessive), !t.flags.contains(.allCaps) else { return false }
        if SpeakerLexicon.groupNouns.contains(t.key) { return true }
        let length = Int(t.end - t.start)
        guard length > 5 else { return false }
        let word = String(String.UnicodeScalarView(doc.scalars[Int(t.start)..<Int(t.end)])).lowercased()
        return SpeakerLexicon.groupSuffixes.contains { word.hasSuffix($0) }
    }

    /// A group named by a plural noun phrase `r` whose head is `r.upperBound`.
    private func groupResolution(_ r: ClosedRange<Int>) -> Resolution {
        var s = r.lowerBound
        let e = r.upperBound
        while s < e && SpeakerLexicon.determiners.contains(tokens[s].key) { s += 1 }
        let name: String? = s < e ? doc.string(tokens: s, e) : nil
        let kind: ActorKind = SpeakerLexicon.institutionalGroups.contains(tokens[e].key) ? .organization : .unknown
        return Resolution(name: name, kind: kind, certainty: 0.6)
    }

    /// The latest "A and B" pair before token `position`.
    private func latestPair(before position: Int) -> Pair? {
        let next = pairs.partitionPoint { $0.position >= position }
        return next > 0 ? pairs[next - 1] : nil
    }

    /// Resolves a run of capitalized words: titles stripped, a surname completed from the document.
    private func resolveName(_ r: ClosedRange<Int>) -> Resolution {
        var s = r.lowerBound
        let e = r.upperBound
        while s < e && (SpeakerLexicon.titles.contains(tokens[s].key) || tokens[s].key == SpeakerLexicon.the) {
            s += 1
        }
        let headKey = tokens[e].key
        let isPlace = SpeakerLexicon.places.contains(headKey)
        let isOrg = SpeakerLexicon.organizationWords.contains(headKey) || tokens[e].flags.contains(.allCaps)
        var endOffset = Int(tokens[e].end)
        if tokens[e].flags.contains(.possessive) && endOffset - Int(tokens[s].start) > 2 {
            // "Russia's" → "Russia", "Sanders’" → "Sanders"
            let last = doc.scalars[endOffset - 1].value
            endOffset -= last == 0x27 || last == 0x2019 ? 1 : 2
        }
        let name = doc.string(Int(tokens[s].start)..<endOffset)
        if isPlace || isOrg {
            return Resolution(name: name, kind: .organization, certainty: 0.85)
        }
        if s == e {
            // A surname alone: the full name seen in the document, preferring the latest before it.
            let candidates = bySurname[headKey] ?? []
            if let p = (candidates.last { people[$0].position < s } ?? candidates.first).map({ people[$0] }) {
                return Resolution(name: p.name, kind: .person, certainty: 0.9)
            }
            // "Analysts said …", "Organisers said …": a group noun capitalized only because it opens
            // the sentence.
            let opensSentence = s == 0 || doc.sentenceEndsAfter[s - 1] || tokens[s - 1].kind == .paragraph
            if SpeakerLexicon.groupNouns.contains(headKey) || opensSentence && isGroupNoun(tokens[s]) {
                let kind: ActorKind = SpeakerLexicon.institutionalGroups.contains(headKey) ? .organization : .unknown
                return Resolution(name: nil, kind: kind, certainty: 0.6)
            }
            return Resolution(name: name, kind: .person, certainty: 0.7)
        }
        return Resolution(name: name, kind: .person, certainty: 0.95)
    }
}
