/// How a cue verb relates to what follows it.
enum CueClass: UInt8, Sendable {
    /// Speech or claim verbs that take a clause: "said (that) …", "warned (that) …".
    case speech
    /// Verbs of belief: reported only ("believes …", "thinks …").
    case belief
    /// Verbs that take an object and an infinitive: "urged Russia to …", "called on X to …".
    case urge
    /// "called for …", "demanded …": the content is a noun phrase or clause.
    case demand
    /// Verbs that characterize with a quoted phrase: `called the plan "a disaster"`. Used only when
    /// a quotation follows closely.
    case characterize
}

/// A cue word: its class and whether it is a participle ("saying", "adding"), whose subject is the
/// subject of the whole sentence.
struct CueEntry: Sendable {
    var cueClass: CueClass
    var participle: Bool
    /// "told", "assured", "asked": normally followed by the person spoken to.
    var takesObject: Bool
    /// The bare form ("say", "stress"), which agrees only with plural or first/second-person
    /// subjects unless an auxiliary precedes it; many bare forms are also nouns.
    var baseForm: Bool = false
}

/// The curated lexicon of speech, claim and belief verbs, kept as data.
///
/// Each line lists the forms of one verb, then `|` and its class; `+obj` marks verbs followed by
/// the addressee. Multi-word cues ("call on", "point out") are listed with their particle in
/// `particleCues`. Parsed once into hash sets keyed by `WordKey`.
enum CueLexicon {
    static let table = """
        say says said saying | speech
        tell tells told telling | speech +obj
        add adds added adding | speech
        note notes noted noting | speech
        warn warns warned warning | speech
        insist insists insisted insisting | speech
        claim claims claimed claiming | speech
        write writes wrote written writing | speech
        tweeted tweeting | speech
        declare declares declared declaring | speech
        argue argues argued arguing | speech
        assure assures assured assuring | speech +obj
        explain explains explained explaining | speech
        stress stresses stressed stressing | speech
        emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising | speech
        deny denies denied denying | speech
        repeat repeats repeated repeating | speech
        reiterate reiterates reiterated reiterating | speech
        reply replies replied replying | speech
        respond responds responded responding | speech
        predict predicts predicted predicting | speech
        promise promises promised promising | speech
        pledge pledges pledged pledging | speech
        vow vows vowed vowing | speech
        admit admits admitted admitting | speech
        allege alleges alleged alleging | speech
        acknowledge acknowledges acknowledged acknowledging | speech
        announce announces announced announcing | speech
        suggest suggests suggested suggesting | speech
        ask asks asked asking | speech
        stated stating | speech
        assert asserts asserted asserting | speech
        contend contends contended contending | speech
        maintain maintains maintained maintaining | speech
        recall recalls recalled recalling | speech
        continues continued | speech
        conclude concludes concluded concluding | speech
        observe observes observed observing | speech
        remarked remarking | speech
        complain complains complained complaining | speech
        charged charging | speech
        joked joking | speech
        quipped quipping | speech
        concede concedes conceded conceding | speech
        countered countering | speech
        interject interjects interjected interjecting | speech
        confirm confirms confirmed confirming | speech
        reports reported reporting | speech
        testify testifies testified testifying | speech
        boast boasts boasted boasting | speech
        shout shouts shouted shouting | speech
        yell yells yelled yelling | speech
        whisper whispers whispered whispering | speech
        lament laments lamented lamenting | speech
        mention mentions mentioned mentioning | speech
        agree agrees agreed agreeing | speech
        caution cautions cautioned cautioning | speech
        reveal reveals revealed revealing | speech
        disclose discloses disclosed disclosing | speech
        estimated estimating | speech
        exclaim exclaims exclaimed exclaiming | speech
        retort retorts retorted retorting | speech
        wonder wonders wondered wondering | speech
        threaten threatens threatened threatening | speech
        tout touts touted touting | speech
        accuse accuses accused accusing | speech +obj
        inform informs informed informing | speech +obj
        remind reminds reminded reminding | speech +obj
        advise advises advised advising | speech +obj
        recount recounts recounted recounting | speech
        speculate speculates speculated speculating | speech
        concur concurs concurred concurring | speech
        proclaim proclaims proclaimed proclaiming | speech
        comments commented commenting | speech
        show shows showed shown showing | speech
        find finds found | speech
        read reads | speech
        chant chants chanted chanting | speech
        sing sings sang singing | speech
        demand demands demanded demanding | demand
        call calls called calling | characterize
        describe describes described describing | characterize
        brand brands branded branding | characterize
        dub dubs dubbed dubbing | characterize
        label labels labeled labelled labeling labelling | characterize
        liken likens likened likening | characterize
        blast blasts blasted blasting | characterize
        slam slams slammed slamming | characterize
        praise praises praised praising | characterize
        denounce denounces denounced denouncing | characterize
        condemn condemns condemned condemning | characterize
        mock mocks mocked mocking | characterize
        decry decries decried decrying | characterize
        attack attacks attacked attacking | characterize
        believe believes believed believing | belief
        think thinks thought thinking | belief
        fear fears feared fearing | belief
        hope hopes hoped hoping | belief
        expect expects expected expecting | belief
        urge urges urged urging | urge
        encourage encourages encouraged encouraging | urge
        implore implores implored imploring | urge
        press presses pressed pressing | urge
        """

    /// Verb + particle cues; the particle decides the class ("call on" urges, "call for" demands).
    static let particleCues = """
        call on | urge
        calls on | urge
        called on | urge
        calling on | urge
        call for | demand
        calls for | demand
        called for | demand
        calling for | demand
        point out | speech
        points out | speech
        pointed out | speech
        pointing out | speech
        went on | speech
        refer to | characterize
        refers to | characterize
        referred to | characterize
        referring to | characterize
        goes on | speech
        shot back | speech
        shoots back | speech
        shooting back | speech
        fired back | speech
        fires back | speech
        firing back | speech
        hit back | speech
        hits back | speech
        hitting back | speech
        """

    /// Single-word cues by key.
    static let words: WordTable<CueEntry> = {
        var map: [UInt64: CueEntry] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "|")
            guard parts.count == 2 else { continue }
            let tags = parts[1].split(separator: " ")
            guard let cls = tags.first.flatMap({ parseClass(String($0)) }) else { continue }
            let obj = tags.contains("+obj")
            let forms = parts[0].split(separator: " ")
            // The first form is the bare verb when the second is its "-s" form ("say says").
            let hasBare = forms.count >= 2 && forms[1].hasSuffix("s") && forms[1].hasPrefix(forms[0].dropLast())
            for form in forms {
                let participle = form.hasSuffix("ing")
                map[WordKey.of(form)] = CueEntry(
                    cueClass: cls, participle: participle, takesObject: obj, baseForm: hasBare && form == forms.first)
            }
        }
        return WordTable(map.map { ($0.key, $0.value) })
    }()

    /// Two-word cues: key of the verb → (key of the particle → entry).
    static let particles: WordTable<[UInt64: CueEntry]> = {
        var map: [UInt64: [UInt64: CueEntry]] = [:]
        for line in particleCues.split(separator: "\n") {
            let parts = line.split(separator: "|")
            guard parts.count == 2, let cls = parseClass(parts[1].trimmingSpaces) else { continue }
            let words = parts[0].split(separator: " ")
            guard words.count == 2 else { continue }
            let entry = CueEntry(cueClass: cls, participle: words[0].hasSuffix("ing"), takesObject: false)
            map[WordKey.of(words[0]), default: [:]][WordKey.of(words[1])] = entry
        }
        return WordTable(map.map { ($0.key, $0.value) })
    }()

    /// Auxiliaries and adverbs that may stand between a speaker and the cue and belong to the cue
    /// as written ("has said", "also noted", "later told").
    static let modifiers = WordSet(
        words: """
            has have had also later then again will would could can may might should must did does do is 's was were
            are be been being repeatedly previously recently once often publicly privately reportedly frequently
            clearly flatly simply angrily quickly even still further famously separately subsequently first
            initially just already long never not always loudly bluntly openly explicitly similarly earlier now
            """)

    private static func parseClass(_ s: String) -> CueClass? {
        switch s {
        case "speech": return .speech
        case "belief": return .belief
        case "urge": return .urge
        case "demand": return .demand
        case "characterize": return .characterize
        default: return nil
        }
    }
}

extension Substring {
    /// The substring without leading and trailing spaces.
    var trimmingSpaces: String {
        var s = self[...]
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
