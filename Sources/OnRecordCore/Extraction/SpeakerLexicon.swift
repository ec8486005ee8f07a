/// Word lists used to find and resolve speaker mentions, kept as data.
enum SpeakerLexicon {
    private static func keys(_ text: String) -> WordSet {
        WordSet(words: text)
    }

    /// Words that can open a noun phrase.
    static let determiners = keys(
        """
        the a an his her their its our my your this that these those one another some several many two three
        four five both each every other any most few no such all more
        """)

    /// Personal and relative pronouns that can be a speaker on their own.
    static let pronouns = keys("he she they it i we you who which")
    static let masculineOrFeminine = keys("he she")
    static let thirdPersonPronouns = keys("he she it they")
    static let relativePronouns = keys("who which")
    static let pluralPronouns = keys("i we you they who")
    static let subjectPronouns = keys("he she they it we i you")

    /// Lower-case words that end a noun phrase when walking away from a cue.
    static let stopWords = keys(
        """
        in on at to for with from by about as after before during than that and or but so if when while because
        since although though where whether is 's was were are be been has have had not also into over under
        against between without within through whom whose what why how there here then now just even
        would will could can may might should must did does do said says say told
        """)

    /// Capitalized sentence openers that are not part of a speaker's name.
    static let discourseWords = keys(
        """
        but and however still meanwhile notably later then yet so also instead indeed now today yesterday
        moreover furthermore nevertheless nonetheless besides thus finally first second separately earlier
        in on at for with from by after before during when while because as if although though since
        once following despite amid among given asked speaking unlike whether nearly almost only even
        """)

    /// Words that answer or exclaim ("Yes, he said, …"): never the subject of a clause.
    static let interjections = keys("yes no well okay ok sure oh please thanks right look listen")

    /// Honorifics and titles stripped when resolving a name ("President Vladimir Putin" → "Vladimir Putin").
    static let titles = keys(
        """
        mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator rep rep. representative gov gov. governor president
        pres pres. vice secretary sec sec. minister prime chancellor gen gen. general lt lt. col col. sgt sgt.
        capt capt. adm adm. judge justice mayor ambassador amb amb. prof prof. professor rev rev. sir lord lady
        dame king queen prince princess chairman chairwoman chair ceo spokesman spokeswoman spokesperson
        director chief leader commissioner attorney candidate nominee speaker sheriff congressman congresswoman
        councilman councilwoman deputy former foreign defense interior state press house senate democratic
        republican gop democrat co-moderator moderator host anchor pope saint st st. dean captain coach officer
        detective inspector sergeant colonel lieutenant commander admiral marshal chief
        secretary-general director-general attorney-general solicitor-general governor-general
        commander-in-chief president-elect vice-president prime-minister under-secretary chief-executive retired
        bishop archbishop cardinal rabbi imam pastor reverend
        """)

    /// Titles of people who head an institution; the document may later call them its "chief" or
    /// "leader" ("NATO Secretary-General X" … "the NATO chief").
    static let headTitles = keys(
        """
        president secretary-general director-general chancellor premier prime chairman chairwoman chair
        president-elect prime-minister king queen ceo chief-executive head
        """)
    /// Role nouns a head of an institution may be called later.
    static let headAliases: [UInt64] = [WordKey.of("chief"), WordKey.of("leader"), WordKey.of("head")]

    /// Nouns for roles, used to resolve descriptions ("the Ukrainian president", "the spokesman").
    static let roleNouns = keys(
        """
        president spokesman spokeswoman spokesperson minister senator governor official leader candidate nominee
        chairman chairwoman secretary mayor ambassador director chief ceo lawmaker congressman congresswoman
        adviser advisor aide premier chancellor king queen prince general commander judge prosecutor lawyer
        attorney billionaire businessman businesswoman activist host anchor moderator secretary-general
        director-general attorney-general president-elect analyst envoy strategist pollster consultant economist
        professor expert historian columnist commentator journalist editor author organizer insider operative
        manager founder doctor physician surrogate
        """)

    /// Nouns that make a phrase an organization ("the foreign ministry", "the Kremlin").
    static let organizationWords = keys(
        """
        kremlin ministry department government administration campaign committee party agency police court
        office council commission congress senate parliament company group organization organisation union
        bank army military embassy foundation institute university network newspaper times post journal
        service services board federation alliance coalition cabinet presidency white house pentagon
        authorities authority regime nato un u.n. eu fbi cia cnn reuters ap bbc whitehouse firm corporation
        inc. corp. team staff spokespeople center centre association society league caucus club agency press
        """)

    /// Countries and capitals that stand for their governments.
    static let places = keys(
        """
        russia ukraine moscow kyiv kiev washington beijing china america u.s. us britain uk u.k. london france
        paris germany berlin israel iran tehran japan tokyo india pakistan turkey ankara syria damascus
        poland warsaw canada ottawa mexico brussels europe taiwan korea pyongyang seoul egypt cairo
        saudi riyadh qatar iraq baghdad afghanistan kabul belarus minsk italy rome spain madrid
        """)

    /// Nationality adjectives and the place they point to ("Ukrainian" → "ukraine").
    static let demonymPairs: [UInt64: UInt64] = {
        let pairs = """
            russian:russia ukrainian:ukraine ukraine:ukraine russia:russia american:america chinese:china
            british:britain french:france german:germany israeli:israel iranian:iran japanese:japan
            indian:india pakistani:pakistan turkish:turkey syrian:syria polish:poland canadian:canada
            mexican:mexico belarusian:belarus italian:italy spanish:spain u.s.:america us:america u.n.:un u.n:un un:un
            """
        var map: [UInt64: UInt64] = [:]
        for pair in pairs.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let p = pair.split(separator: ":")
            if p.count == 2 { map[WordKey.of(p[0])] = WordKey.of(p[1]) }
        }
        return map
    }()

    /// Nationality adjectives that are not themselves place names ("Ukrainian", not "Ukraine").
    static let nationalities = WordSet(demonymPairs.filter { $0.key != $0.value }.map(\.key))

    /// Nationality adjective (or place) → place, for fast lookup.
    static let demonyms = WordTable(demonymPairs.map { ($0.key, $0.value) })

    /// Days, months and other time words that can sit between a speaker and a cue.
    static let timeWords = keys(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july
        august september october november december jan. feb. aug. sept. oct. nov. dec. today yesterday tonight
        week month year weekend morning afternoon evening night time earlier
        """)
    static let timePrepositions = keys("in on last this early late since at during")

    /// Auxiliaries that make a characterizing verb passive ("was labeled").
    static let passiveAuxiliaries = keys("was were is are be been being")
    /// Past participles without "-ed" that make a passive after "was"/"is" ("was told").
    static let irregularParticiples = keys("told written shown found thought said known")

    /// Particles that turn a characterizing verb into another verb ("calling out", "call off").
    static let verbParticles = keys("out up off in for on back")

    /// Plural nouns for groups of unnamed people ("Analysts said …").
    static let groupNouns = keys(
        """
        analysts officials experts critics sources observers residents protesters authorities investigators
        prosecutors lawmakers economists researchers scientists supporters opponents voters witnesses police
        aides advisers advisors diplomats officers doctors lawyers activists leaders members reporters people
        agencies organisers organizers exporters importers traders farmers workers ministers governments
        groups unions companies firms banks investors donors campaigners organizations organisations
        charities negotiators delegates representatives spokespeople mediators monitors inspectors proponents
        strategists pollsters consultants insiders operatives historians surrogates physicians
        """)

    /// Plural group nouns that stand for institutions rather than people ("Aid agencies").
    static let institutionalGroups = keys(
        """
        agencies authorities governments groups unions companies firms banks organizations organisations
        charities ministries departments
        """)

    /// Endings of plural nouns for kinds of people ("organisers", "economists", "residents"), used to
    /// tell a sentence-initial group noun from a surname.
    static let groupSuffixes: [String] = ["ers", "ors", "ists", "ants", "ents", "ians", "ives", "ials", "ees", "ies"]

    /// Conjunctions that open a subordinate clause; its content ends at the clause's comma.
    static let subordinators = keys("while although though because if when as since whereas after before unless")
    /// Words that join main clauses; a subject may follow them.
    static let clauseJoiners = keys("and but so yet then however meanwhile still also instead")
    /// Object pronouns never open a reported clause ("could deny them permits").
    static let objectPronouns = keys("him them me us")

    /// Prepositions that may link the parts of a speaker phrase ("A spokeswoman for Hillary Clinton").
    static let subjectLinks = keys("of for on in at from to with")
    /// Links after which the institution is the one the role speaks for ("a spokesman for X").
    static let representLinks = keys("of for")

    /// Words that open an adjunct after a cue ("said in a statement", "said on Monday").
    static let adjunctLeads = keys(
        "in on at during after before via with from by for while when as last this late early")
    /// Adjunct leads that also modify a noun inside an adjunct ("during this week's debate").
    static let adjunctModifiers = keys("last this late early")

    /// Labels that open a line with a colon without naming a source ("Note:", "Update:").
    static let headlineLabels = keys(
        "note update correction clarification related watch source photo video editor's tags read listen more advertisement"
    )

    /// Coordinators after which a cue shares the sentence's subject ("She urged him and then says").
    static let coordinators = keys("and but then")

    /// Words that may introduce a participle cue besides a comma ("by saying", "after saying").
    static let participleLeads = keys("by after before while and when then also")

    /// Quantifiers that can stand alone for a group of speakers at the start of a sentence
    /// ("Several said …", "Another said …").
    static let loneQuantifiers = keys("several most many some another both few")
    /// Quantifiers before a partitive "of" ("one of his aides"): the phrase is a noun phrase.
    static let partitiveQuantifiers = keys("one two three some many most several all each both none few any")

    /// Words ending in "-ing" that are not participles after a comma ("…, including", "…, according to").
    static let nonParticiples = keys(
        """
        including according regarding concerning following during notwithstanding excluding pending
        morning evening meeting building thing nothing something anything everything hearing spring string
        bring king ring wing sing offering ruling funding spending
        """)

    /// Nouns ending in "-ly" that are not adverbs.
    static let lyNouns = keys("family ally rally assembly anomaly monopoly italy july supply reply")

    /// Honorifics and common first names that tell a person's gender, so that "she" does not
    /// resolve to a man. Unknown names stay compatible with both pronouns.
    static let femaleMarkers = keys(
        """
        mrs mrs. ms ms. miss madam lady queen princess dame hillary elizabeth loretta nancy michelle melania ivanka
        sarah susan mary patricia jennifer linda barbara jessica karen lisa margaret donna carol ruth sharon
        michelle laura kimberly deborah amy angela helen anna anne emma olivia sophia maria kamala nikki
        marsha kirsten amy tammy debbie dianne maxine hope kellyanne huma chelsea jill claire ann angela
        theresa marine ursula christine federica jacinda sheryl janet condoleezza madeleine samantha susana
        """)
    static let maleMarkers = keys(
        """
        mr mr. sir lord king prince donald barack bill joe mike michael john james robert david william richard
        joseph thomas charles christopher daniel matthew anthony mark paul steven andrew kenneth george edward
        brian ronald kevin jason jeff jeffrey ryan gary eric stephen larry scott frank jonathan justin ted marco
        rand chris jeb bernie tim mitch harry newt rudy reince sean rush vladimir volodymyr xi emmanuel boris
        benjamin recep dmitry sergei lindsey jim tom bob dick al ben jerry hank rick patrick peter adam
        jack henry walter martin pete cory tim elijah jason lamar orrin chuck kevin
        """)
    static let she = WordKey.of("she")
    static let he = WordKey.of("he")

    /// "the former" / "the latter".
    static let former = WordKey.of("former")
    static let latter = WordKey.of("latter")
    static let the = WordKey.of("the")
    static let `as` = WordKey.of("as")
    static let such = WordKey.of("such")
    /// Words that end the clause a characterizing quote sits in ("… "a nice guy" and …"). ("because",
    /// "or" and "who" do not: `calls the port "a mistake" because few ships stop there`, `a "snake" in a
    /// song about a woman who …` go on with what was said.)
    static let tailStoppers = keys("and but as which while whereas instead though although")
    /// Conjunctions that may join a second cue to a reported clause ("… and insisted that …").
    static let clauseJoinersForCues = keys("and but")
    static let it = WordKey.of("it")
    static let but = WordKey.of("but")
    static let asked = WordKey.of("asked")
    static let who = WordKey.of("who")
    /// Nouns naming something said, which a that-clause can follow ("his claim that …").
    static let claimNouns = keys(
        "claim claims promise pledge vow warning assertion prediction contention insistence argument suggestion charge accusation allegation boast"
    )
    /// Texts a speaker puts out and speaks through ("issued a statement saying …").
    static let statementNouns = keys(
        "statement statements release tweet tweets message messages letter memo email e-mail post posts video ad")
    /// Irregular verbs of putting a text out ("put out a statement", "sent a letter").
    static let publishVerbs = keys("put sent wrote")
    /// Lower-case words that may join the capitalized words of a speaker tag ("X and Y", "X of the Y").
    static let nameLinks = keys("and of the for")
    static let possessivePronouns = keys("his her their its")
    /// Participles of quoting that open a sentence whose subject speaks (`Citing "…," X said …`); not
    /// cues elsewhere.
    static let quotingParticiples = keys("citing bemoaning echoing invoking quoting")
    /// Modal verbs, which make a clause finite ("would", "could").
    static let modalVerbs = keys("will would can could may might must should shall")
    /// Relative pronouns that stand for the object of the clause's verb ("which he called …").
    static let objectRelatives = keys("which who whom")
    /// Subordinators that end a quoted clause's tail ("… "excited" as he faces …").
    static let tailSubordinators = keys("while although though whereas")
    /// Subordinators of time that tell when quoted words were said ("… "no peace" after the talks failed").
    static let timeSubordinators = keys("before after when until")
    /// Nouns that name a phrase, when a quotation follows them (`used the phrase "…"`).
    static let phraseNouns = keys(
        "phrase phrases term terms word words slogan label nickname moniker expression catchphrase")
    /// Words after ", but" that open a new clause (a subject's article or possessive, an opening phrase).
    static let clauseOpenersAfterBut = keys("the a an his her their its in on at after before during since when if")
    static let did = WordKey.of("did")
    static let think = WordKey.of("think")
    static let during = WordKey.of("during")
    static let a = WordKey.of("a")
    static let which = WordKey.of("which")
    static let an = WordKey.of("an")
    static let tanks = keys("tank tanks")
    static let articles = keys("a an the")
    static let `in` = WordKey.of("in")
    /// Where words were said ("in a tweet", "in an interview").
    static let mediumNouns = keys("tweet tweets interview statement speech post letter email op-ed")
    /// Short words left in lower case inside a title ("Fox and Friends", "The Art of the Deal").
    static let titleFunctionWords = keys("of the a an and to in on for with at by or")
    /// Prepositions of place that attach a phrase to a subject ("fans on the pier", "officials in Ohio").
    static let locativePrepositions = keys("on in at from through across outside inside near")
    /// "As X put it, …".
    static let putVerbs = keys("put puts")
    /// Words between "as" and a quotation ("as a “crazy system”", "as being “in the suburbs”").
    static let asFillers = keys("a an the being in")
    /// Small numbers written as words ("the mother of three").
    static let numberWords = keys("two three four five six seven eight nine ten")
    /// Words that negate the verb after them ("didn't say", "never suggested").
    static let negations = keys(
        "not never didn't don't doesn't won't wouldn't hasn't haven't hadn't isn't wasn't can't couldn't cannot")
    /// Auxiliaries and adverbs of frequency between a subject and its verb ("has repeatedly called").
    static let auxiliaries = keys(
        "has have had is 's was are were been be also often openly later again then just once")
    /// States, provinces and their abbreviations, and countries, that follow a city and a comma in
    /// a place ("Salem, New Hampshire", "Ames, Iowa", "Portsmouth, N.H."). Last words only.
    static let regions = keys(
        """
        alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
        illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
        mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma
        oregon pennsylvania island tennessee texas utah vermont virginia washington wisconsin wyoming ala ariz
        ark calif colo conn del fla ga ind kan ky md mass mich minn mo mont neb nev okla pa tenn tex vt va wash
        wis wyo n.y n.j n.h n.c s.c n.d s.d n.m w.va r.i d.c ontario quebec england scotland wales ireland
        """)
    /// Words that end or open a time phrase at the head of a sentence ("Eight years ago,", "Minutes
    /// later,", "Back in 1999,", "Last week,").
    static let timePhraseEdges = keys("ago later earlier back last next this")
    /// Texts that speak for their authors as subjects ("The letter continues:", "A footnote in the
    /// report makes that clear:").
    static let documentNouns = keys(
        """
        letter memo report footnote ad advertisement release paper study editorial article website page
        statement tweet post email message transcript document filing complaint book column op-ed account
        caption headline video spot survey analysis brief petition resolution platform
        """)
    /// Words that open a reported clause right after a cue ("said that …", "said because …"), as
    /// opposed to clauses of time ("said as …", "said when …").
    static let clauseOpenersAfterCue = keys("that because although though if whereas unless")
    /// Words for a part or a number of a group ("a majority of voters", "half of them").
    static let quantities = keys(
        """
        majority minority half most many some all several none few plurality number lot percent third
        quarter two three four five six seven eight nine ten dozens hundreds thousands millions each one
        """)
    /// Perfect auxiliaries: the word after one is a participle ("has gone", "had taken").
    static let haveForms = keys("has have had")
    static let there = WordKey.of("there")
    static let with = WordKey.of("with")
    static let what = WordKey.of("what")
    static let because = WordKey.of("because")
    static let and = WordKey.of("and")
    static let of = WordKey.of("of")
    static let that = WordKey.of("that")
    static let to = WordKey.of("to")
    static let according = WordKey.of("according")
}
