import Testing

@testable import OnRecordCore

/// One pattern, written in our own words: the text, and what the extractor must find in it.
struct AttributionCase: CustomTestStringConvertible, Sendable {
    var pattern: String
    var text: String
    /// The statement's content as it must appear (without quotation marks).
    var content: String
    var kind: StatementKind
    var mention: String?
    var speaker: String?
    var cue: String?
    /// The rule name must start with this.
    var rule: String

    var testDescription: String { pattern }
}

@Suite struct AttributionRulesTests {
    static let cases: [AttributionCase] = [
        AttributionCase(
            pattern: "X said, \"…\"", text: "Mayor Lena Okafor said, \"The bridge opens in May.\"",
            content: "The bridge opens in May.", kind: .direct, mention: "Mayor Lena Okafor", speaker: "Lena Okafor",
            cue: "said", rule: "quote-said-before"),
        AttributionCase(
            pattern: "\"…,\" X said", text: "Tarik Holm arrived late.\n\n“We will rebuild the pier,” Holm said.",
            content: "We will rebuild the pier,", kind: .direct, mention: "Holm", speaker: "Tarik Holm", cue: "said",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "\"…,\" said X", text: "\"Nobody expected the vote to pass,\" said Priya Vance, a council aide.",
            content: "Nobody expected the vote to pass,", kind: .direct, mention: "Priya Vance", speaker: "Priya Vance",
            cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "X said: \"…\"", text: "The minister said: “Our farmers need rain, not speeches.”",
            content: "Our farmers need rain, not speeches.", kind: .direct, mention: "The minister", speaker: nil,
            cue: "said", rule: "quote-said-colon"),
        AttributionCase(
            pattern: "X would now ask: \"…\" (\"now\" between the modal and the cue)",
            text: "A ferry rider would now ask: “Why is the pier still closed?”",
            content: "Why is the pier still closed?", kind: .direct, mention: "A ferry rider", speaker: nil,
            cue: "would now ask", rule: "quote-said-colon"),
        AttributionCase(
            pattern: "split quote", text: "“The tunnel is safe,” Odile Brandt said. “We tested it twice.”",
            content: "The tunnel is safe,” Odile Brandt said. “We tested it twice.", kind: .direct,
            mention: "Odile Brandt", speaker: "Odile Brandt", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "headline colon with single quotes (the whole statement quoted: direct)",
            text: "Okafor: 'the budget is balanced'",
            content: "the budget is balanced", kind: .direct, mention: "Okafor", speaker: "Okafor", cue: ":",
            rule: "quote-colon"),
        AttributionCase(
            pattern: "dash attribution", text: "“Keep the libraries open.” — Mira Sol\n\nMore later.",
            content: "Keep the libraries open.", kind: .direct, mention: "Mira Sol", speaker: "Mira Sol", cue: "—",
            rule: "quote-dash"),
        AttributionCase(
            pattern: "guillemets",
            text: "Le maire Paul Girard a dit: «Nous restons ouverts.» Paul Girard said it twice.",
            content: "Nous restons ouverts.", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: ""),
        AttributionCase(
            pattern: "two apostrophes as quotation marks",
            text: "''The rates will fall next year,'' said Dr. Ines Moretti.",
            content: "The rates will fall next year,", kind: .direct, mention: "Dr. Ines Moretti",
            speaker: "Ines Moretti", cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "apostrophes are not quotes",
            text: "Vance said, \"It's the council's call, and the '90s rules don't apply.\"",
            content: "It's the council's call, and the '90s rules don't apply.", kind: .direct, mention: "Vance",
            speaker: "Vance", cue: "said", rule: "quote-said-before"),
        AttributionCase(
            pattern: "reported that-clause",
            text: "The Kestrel Party leader Amos Reyes warned that prices would rise again.",
            content: "prices would rise again", kind: .reported, mention: "The Kestrel Party leader Amos Reyes",
            speaker: "Amos Reyes", cue: "warned", rule: "reported-that"),
        AttributionCase(
            pattern: "reported with auxiliary and adverb cue",
            text: "Amos Reyes spoke first. He has also claimed that the port was sold too cheaply.",
            content: "the port was sold too cheaply", kind: .reported, mention: "He", speaker: "Amos Reyes",
            cue: "has also claimed", rule: "reported-that"),
        AttributionCase(
            pattern: "urged Y to",
            text: "Governor Hana Ito urged the railway to restore night trains, in a letter on Monday.",
            content: "the railway to restore night trains", kind: .reported, mention: "Governor Hana Ito",
            speaker: "Hana Ito", cue: "urged", rule: "reported-urge"),
        AttributionCase(
            pattern: "called on Y to", text: "The union called on members to stay home on Friday.",
            content: "members to stay home on Friday", kind: .reported, mention: "The union", speaker: "union",
            cue: "called on", rule: "reported-urge"),
        AttributionCase(
            pattern: "according to X, …", text: "According to the harbor authority, the cranes were idle for a week.",
            content: "the cranes were idle for a week", kind: .reported, mention: "the harbor authority",
            speaker: "harbor authority", cue: "According to", rule: "according-to"),
        AttributionCase(
            pattern: "…, according to X", text: "The cranes were idle for a week, according to dock workers.",
            content: "The cranes were idle for a week", kind: .reported, mention: "dock workers",
            speaker: "dock workers",
            cue: "according to", rule: "according-to"),
        AttributionCase(
            pattern: "…, X said (reported, after)", text: "The mill will close in June, a company spokeswoman said.",
            content: "The mill will close in June", kind: .reported, mention: "a company spokeswoman", speaker: nil,
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "belief without that",
            text: "Russia and Ukraine met. The latter believes the talks moved forward.",
            content: "the talks moved forward", kind: .reported, mention: "The latter", speaker: "Ukraine",
            cue: "believes", rule: "reported-belief"),
        AttributionCase(
            pattern: "relative pronoun speaker", text: "Nadia Petrova, who said the plan was reckless, left early.",
            content: "the plan was reckless", kind: .reported, mention: "who", speaker: "Nadia Petrova", cue: "said",
            rule: "reported-said"),
        AttributionCase(
            pattern: "participle cue takes the sentence subject",
            text: "Carla Mendez criticized the ruling, saying, “This sets us back ten years.”",
            content: "This sets us back ten years.", kind: .direct, mention: "Carla Mendez", speaker: "Carla Mendez",
            cue: "saying", rule: "quote-said-before"),
        AttributionCase(
            pattern: "party label in brackets", text: "“We need the votes,” Sen. Joan Pike (D-Ore.) said Tuesday.",
            content: "We need the votes,", kind: .direct, mention: "Sen. Joan Pike", speaker: "Joan Pike", cue: "said",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "quoted fragment inside a reported clause is kept whole",
            text: "Pike said the proposal was “dead on arrival” in the Senate.",
            content: "the proposal was “dead on arrival” in the Senate", kind: .direct, mention: "Pike",
            speaker: "Pike", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "characterizing verb with a quoted phrase",
            text: "Senator Ruth Ames called the levy “a tax on breathing” in a floor speech.",
            content: "the levy “a tax on breathing” in a floor speech", kind: .direct, mention: "Senator Ruth Ames",
            speaker: "Ruth Ames", cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "passive characterization is not attributed",
            text: "The claim was labeled “misleading” by the fact checkers.",
            content: "misleading", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "colon intro ending the previous paragraph",
            text: "Ames told the chamber:\n\n“We cannot tax the air we breathe.”",
            content: "We cannot tax the air we breathe.", kind: .direct, mention: "Ames", speaker: "Ames",
            cue: "told", rule: "quote-said-colon"),
        AttributionCase(
            pattern: "inverted tag before a colon", text: "Said Ames: “Not on my watch.”",
            content: "Not on my watch.", kind: .direct, mention: "Ames", speaker: "Ames", cue: "Said",
            rule: "quote-said-colon"),
        AttributionCase(
            pattern: "coordinated cue shares the subject",
            text: "The coach stood up and repeatedly said, “Play the whistle.”",
            content: "Play the whistle.", kind: .direct, mention: "The coach", speaker: nil, cue: "repeatedly said",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "a quoted title inside a sentence is not a quote tag",
            text: "On the show “Morning Table,” Governor Lee said the budget was late.",
            content: "the budget was late", kind: .reported, mention: "Governor Lee", speaker: "Lee", cue: "said",
            rule: "reported-said"),
        AttributionCase(
            pattern: "On <day> the X said … (the date is not part of the speaker)",
            text: "On Monday the harbor board said that the pier was closed.", content: "the pier was closed",
            kind: .reported, mention: "the harbor board", speaker: "harbor board", cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern: "Last week the X said … (the date is not part of the speaker)",
            text: "Last week the mayor said the ferry would run again.", content: "the ferry would run again",
            kind: .reported, mention: "the mayor", speaker: nil, cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "On <date> they … by announcing that … (a participle's subject after a date without a comma)",
            text: "On September 27 they published the results of the check by announcing that the claim was “true.”",
            content: "the claim was “true", kind: .direct, mention: "they", speaker: nil, cue: "announcing",
            rule: "reported-that"),
        AttributionCase(
            pattern: "interposed tag", text: "The ferry, Captain Alves said, will run until midnight.",
            content: "The ferry, Captain Alves said, will run until midnight", kind: .reported,
            mention: "Captain Alves",
            speaker: "Alves", cue: "said", rule: "reported-interposed"),
        AttributionCase(
            pattern: "one noun, then an interposed tag (\"Sailors, she said, can …\")",
            text: "Sailors, Captain Alves said, can “row like champions” and “sail like pirates.”",
            content: "Sailors, Captain Alves said, can “row like champions” and “sail like pirates", kind: .direct,
            mention: "Captain Alves", speaker: "Alves", cue: "said", rule: "reported-interposed"),
        AttributionCase(
            pattern: "an interjection before a tag is not a clause (\"Yes, she said, …\")",
            text: "Yes, Captain Alves said, the ferry will run until midnight.",
            content: "Yes, Captain Alves said, the ferry will run until midnight", kind: .reported, mention: nil,
            speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "trailing tag with an appositive",
            text: "Fares will double next spring, said Ilona Marsh, a transit planner who studied the route.",
            content: "Fares will double next spring", kind: .reported, mention: "Ilona Marsh", speaker: "Ilona Marsh",
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "trailing tag with a time adjunct", text: "The mine will reopen, the owners said on Tuesday.",
            content: "The mine will reopen", kind: .reported, mention: "the owners", speaker: nil, cue: "said",
            rule: "reported-said-after"),
        AttributionCase(
            pattern: "trailing tag must not swallow a clause",
            text: "Nobody answered, said the clerk was asleep.",
            content: "Nobody answered", kind: .reported, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "headline with a colon",
            text: "Okafor: Bridge tolls will end in March\n\nThe council met, and Okafor left early.",
            content: "Bridge tolls will end in March", kind: .reported, mention: "Okafor", speaker: "Okafor", cue: ":",
            rule: "colon-headline"),
        AttributionCase(
            pattern: "studies and polls that show", text: "A state survey found that most wells were dry.",
            content: "most wells were dry", kind: .reported, mention: "A state survey", speaker: nil, cue: "found",
            rule: "reported-that"),
        AttributionCase(
            pattern: "adjuncts between the cue and that",
            text: "Okafor said at a rally in Leeds on Sunday, that the mill would stay open.",
            content: "the mill would stay open", kind: .reported, mention: "Okafor", speaker: "Okafor", cue: "said",
            rule: "reported-that"),
        AttributionCase(
            pattern: "a closing 'that' is not a complementizer",
            text: "Analysts said the new levy could change that.",
            content: "the new levy could change that", kind: .reported, mention: "Analysts", speaker: nil,
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "name between commas", text: "The port's new director, Sami Haddad, said the cranes were sold.",
            content: "the cranes were sold", kind: .reported, mention: "Sami Haddad", speaker: "Sami Haddad",
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "'continues to' is not a speech cue",
            text: "As the strike continues to spread in the north, the ports have closed early.",
            content: "the ports have closed early", kind: .reported, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "subordinate clause then main clause",
            text: "While Ruiz admitted the budget was tight, Okafor insisted that the pool would reopen.",
            content: "the budget was tight", kind: .reported, mention: "Ruiz", speaker: "Ruiz", cue: "admitted",
            rule: "reported-said"),
        AttributionCase(
            pattern: "main clause after a subordinate clause",
            text: "While Ruiz admitted the budget was tight, Okafor insisted that the pool would reopen.",
            content: "the pool would reopen", kind: .reported, mention: "Okafor", speaker: "Okafor", cue: "insisted",
            rule: "reported-that"),
        AttributionCase(
            pattern: "passive is not a cue", text: "Her diagnosis was confirmed, and the clinic stayed open all week.",
            content: "and the clinic stayed open all week", kind: .reported, mention: nil, speaker: nil, cue: nil,
            rule: "none"),
        AttributionCase(
            pattern: "a noun that looks like a cue",
            text: "Veterans with combat stress disorders wait months for care.",
            content: "disorders wait months for care", kind: .reported, mention: nil, speaker: nil, cue: nil,
            rule: "none"),
        AttributionCase(
            pattern: "subject with a prepositional link",
            text: "A spokesman for the Harbor Board says the cranes are idle.",
            content: "the cranes are idle", kind: .reported, mention: "A spokesman for the Harbor Board",
            speaker: "Harbor Board",
            cue: "says", rule: "reported-said"),
        AttributionCase(
            pattern: "coordinated subject with a bare verb", text: "Both Okafor and Ruiz say the count was fair.",
            content: "the count was fair", kind: .reported, mention: "Both Okafor and Ruiz", speaker: "Ruiz",
            cue: "say",
            rule: "reported-said"),
        AttributionCase(
            pattern: "reported clause before a participle-introduced quote",
            text: "Okafor told the council that she expects a deficit, adding, “We will cut nothing.”",
            content: "she expects a deficit", kind: .reported, mention: "Okafor", speaker: "Okafor", cue: "told",
            rule: "reported-that"),
        AttributionCase(
            pattern: "split quote whose second piece runs on",
            text: "“The hall is too small,” said Okafor, who chairs the board. “We need a venue” for the spring fair.",
            content: "The hall is too small,” said Okafor, who chairs the board. “We need a venue", kind: .direct,
            mention: "Okafor", speaker: "Okafor", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "infinitives are not cues",
            text: "“We waited,” Ruiz said after the inspector failed to show up at the hearing. “Nobody came.”",
            content: "We waited,” Ruiz said after the inspector failed to show up at the hearing. “Nobody came.",
            kind: .direct, mention: "Ruiz", speaker: "Ruiz", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "description with a relative clause before the cue",
            text: "A city adviser, who asked not to be named, said the pool would close.",
            content: "the pool would close", kind: .reported, mention: "A city adviser", speaker: nil, cue: "said",
            rule: "reported-said"),
        AttributionCase(
            pattern: "appositive between dashes", text: "Lena Ruiz — a nurse from Tilbury — says the ward is full.",
            content: "the ward is full", kind: .reported, mention: "Lena Ruiz", speaker: "Lena Ruiz", cue: "says",
            rule: "reported-said"),
        AttributionCase(
            pattern: "participle after a quote tag reports more",
            text: "“The deal is dead,” Ruiz said, adding that talks could resume in May.",
            content: "talks could resume in May", kind: .reported, mention: "Ruiz", speaker: "Ruiz", cue: "adding",
            rule: "reported-that"),
        AttributionCase(
            pattern: "participle introducing a second quote",
            text: "“We are done,” she said, adding, “Nobody will sign this.”\n\nRuiz left.",
            content: "Nobody will sign this.", kind: .direct, mention: "she", speaker: nil, cue: "adding",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "characterization with 'referred to'",
            text: "Okafor referred to the landlords as “the real vandals” at the hearing.",
            content: "the landlords as “the real vandals” at the hearing", kind: .direct, mention: "Okafor",
            speaker: "Okafor", cue: "referred to", rule: "quote-characterize"),
        AttributionCase(
            pattern: "coordinated characterization takes the sentence subject",
            text: "Ruiz went after the mayor on Monday, calling him “a tourist.”",
            content: "him “a tourist.", kind: .direct, mention: "Ruiz", speaker: "Ruiz", cue: "calling",
            rule: "quote-characterize"),
        AttributionCase(
            pattern: "a label before a colon is not a source",
            text: "Breaking: Bridge tolls will end in March\n\nThe council met.",
            content: "Bridge tolls will end in March",
            kind: .reported, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "unlisted verb before a colon", text: "Okafor leaned in and boomed: “Not one more closure.”",
            content: "Not one more closure.", kind: .direct, mention: "Okafor", speaker: "Okafor",
            cue: "leaned in and boomed:", rule: "quote-colon-intro"),
        AttributionCase(
            pattern: "tag with an unlisted verb", text: "“Is the pier safe?” a harbor pilot wondered aloud.",
            content: "Is the pier safe?", kind: .direct, mention: "a harbor pilot", speaker: nil, cue: "wondered",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "tag with a verb outside the lexicon", text: "“Not today,” Ruiz snapped back.",
            content: "Not today,", kind: .direct, mention: "Ruiz", speaker: "Ruiz", cue: "snapped back",
            rule: "quote-tag-unlisted"),
        AttributionCase(
            pattern: "signature line under a quote",
            text: "“Keep the ferry running.”\n\n- Mira Sol.\n\nThe vote is Friday.",
            content: "Keep the ferry running.", kind: .direct, mention: "Mira Sol", speaker: "Mira Sol", cue: "-",
            rule: "quote-dash"),
        AttributionCase(
            pattern: "sentence-opening adverb is not part of the speaker",
            text: "Predictably Okafor said the count was fair.", content: "the count was fair", kind: .reported,
            mention: "Okafor", speaker: "Okafor", cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "a lone article is not a speaker",
            text: "In a widely read column the authors praised the plan.",
            content: "column the authors praised the plan",
            kind: .reported, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "'what X called' opens the statement",
            text: "The council ended what Okafor called “a decade of neglect” on Tuesday.",
            content: "what Okafor called “a decade of neglect” on Tuesday", kind: .direct, mention: "Okafor",
            speaker: "Okafor", cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "participle with 'that' ending its sentence does not end a split quote",
            text: "“The ferry is late again,” Ines Moretti said, adding that the timetable was a fiction. "
                + "“Nobody checks it.”",
            content:
                "The ferry is late again,” Ines Moretti said, adding that the timetable was a fiction. “Nobody checks it.",
            kind: .direct, mention: "Ines Moretti", speaker: "Ines Moretti", cue: "said", rule: "quote-said-after+split"
        ),
        AttributionCase(
            pattern: "\"…\" said lower-case title + name",
            text: "The lights went out at nine. “We had no warning at all,” said former alderman Piet Laarman.",
            content: "We had no warning at all,", kind: .direct, mention: "former alderman Piet Laarman",
            speaker: "Piet Laarman", cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "X <unlisted past-tense verb>, \"Sentence …\"",
            text: "Okafor shrugged, “We will open the bridge when it is safe.”",
            content: "We will open the bridge when it is safe.", kind: .direct, mention: "Okafor", speaker: "Okafor",
            cue: "shrugged", rule: "quote-said-unlisted"),
        AttributionCase(
            pattern: "a quoted title inside long narration does not join a split quote",
            text: "“Old shows never really end,” said Mara Quint, the head of a cable channel that has bought "
                + "the rights to several of them this year. She persuaded the writers to make a sequel to “Harbor Lights.”",
            content: "Old shows never really end,", kind: .direct, mention: "Mara Quint", speaker: "Mara Quint",
            cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "X <verb> Y as \"…\" during <occasion> (the occasion is narration)",
            text: "Governor Hana Ito criticized the new toll as a “tax on commuters” during a radio interview.",
            content: "the new toll as a “tax on commuters", kind: .direct,
            mention: "Governor Hana Ito", speaker: "Hana Ito", cue: "criticized", rule: "quote-characterize-as"),
        AttributionCase(
            pattern: "'such as' before a quotation is a list, not a characterization",
            text: "The clerks searched the files for words such as “harbor” and “levy.”",
            content: "harbor", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "X <unlisted verb>, <aside>, \"Sentence …\"",
            text: "Okafor laughed, waving at the crowd, “You will all get a seat in the end.”",
            content: "You will all get a seat in the end.", kind: .direct, mention: "Okafor", speaker: "Okafor",
            cue: "laughed", rule: "quote-said-unlisted"),
        AttributionCase(
            pattern: "a passive verb before a quotation: the words are someone else's",
            text: "Okafor was asked, “Will the bridge open before winter?”",
            content: "Will the bridge open before winter?", kind: .direct, mention: nil, speaker: nil, cue: nil,
            rule: "none"),
        AttributionCase(
            pattern: "As X put it, \"…\"",
            text: "The plan had critics. As Ines Moretti put it, “nobody asked the people who ride the trains.”",
            content: "nobody asked the people who ride the trains.", kind: .direct, mention: "Ines Moretti",
            speaker: "Ines Moretti", cue: "put it", rule: "quote-put-it"),
        AttributionCase(
            pattern: "a second cue joined by 'and' ends the reported clause",
            text: "Okafor said the audit was “a formality” and insisted that the books were clean.",
            content: "the audit was “a formality", kind: .direct, mention: "Okafor", speaker: "Okafor",
            cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a participle cue after a comma ends the reported clause",
            text: "Ines Moretti said the ferry would run all winter, adding that fares would not rise.",
            content: "the ferry would run all winter", kind: .reported, mention: "Ines Moretti",
            speaker: "Ines Moretti", cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "a characterization ends before 'and' + another clause",
            text: "Okafor called the mayor “a careful man” and left the hall early.",
            content: "the mayor “a careful man", kind: .direct, mention: "Okafor", speaker: "Okafor",
            cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "a later sentence with its own characterization is not part of the first",
            text: "Okafor called the ruling “a mistake.” Ines Moretti called the appeal “a waste of time.”",
            content: "the appeal “a waste of time.", kind: .direct, mention: "Ines Moretti", speaker: "Ines Moretti",
            cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "three apostrophes close an inner quote, then the outer one",
            text: "''I would call it 'old news,''' said Ada Lind, a harbor pilot.",
            content: "I would call it 'old news,'", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "\"…\" said retired <rank> <name>",
            text: "“I disagree completely,” said retired Army Lt. Gen. Piet Laarman, who served on the board.",
            content: "I disagree completely,", kind: .direct, mention: "retired Army Lt. Gen. Piet Laarman",
            speaker: "Piet Laarman", cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "plural possessive with a curly apostrophe inside the tag",
            text: "“We will beat the target this spring,” Jeff Okafor, Sanders’ campaign manager, said.",
            content: "We will beat the target this spring,", kind: .direct, mention: "Jeff Okafor",
            speaker: "Jeff Okafor", cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "\"…,\" NAME, <appositive with commas>, said",
            text: "“Both of them worry me,” Harry Bond, 30, of Tulsa, Okla., who was among those polled, said.",
            content: "Both of them worry me,", kind: .direct, mention: "Harry Bond", speaker: "Harry Bond",
            cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "a tagged quote inside a dashed aside",
            text: "Nobody liked the mayor — “Born rich,” Tomas Weller said — but they voted for him.",
            content: "Born rich,", kind: .direct, mention: "Tomas Weller", speaker: "Tomas Weller",
            cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "two appositives, one with 'at the X'",
            text: "Halyna Brandt, a water analyst at the Delta Institute, a research group, said the dikes would hold.",
            content: "the dikes would hold", kind: .reported, mention: "Halyna Brandt", speaker: "Halyna Brandt",
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "adjective + role noun as a coordinated subject",
            text: "In Lisbon, a senior adviser to the mayor praised the plan and said the port would reopen.",
            content: "the port would reopen", kind: .reported, mention: "a senior adviser", speaker: nil,
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "\"…,\" <description>, NAME, told …",
            text: "“He had it coming,” the driver, Piet Laarman, told a local radio station after the crash.",
            content: "He had it coming,", kind: .direct, mention: "Piet Laarman", speaker: "Piet Laarman",
            cue: "told", rule: "quote-said-after"),
        AttributionCase(
            pattern: "X told <long addressee>, \"…\"",
            text: "Bishop Ada Lind told the Coastal Press news agency on Monday, “We have waited long enough.”",
            content: "We have waited long enough.", kind: .direct, mention: "Bishop Ada Lind", speaker: "Ada Lind",
            cue: "told", rule: "quote-said-before"),
        AttributionCase(
            pattern: "\"…!\" <unlisted verb> NAME (inverted tag)",
            text: "The doors opened at noon.\n\n“This is wonderful!” beamed Ada Lind of Tulsa, waving a flag.",
            content: "This is wonderful!", kind: .direct, mention: "Ada Lind of Tulsa", speaker: "Ada Lind",
            cue: "beamed", rule: "quote-tag-unlisted"),
        AttributionCase(
            pattern: "quoted words in a that-clause end before a second cue",
            text: "Ines Moretti said that “the levy is unfair” to farmers and added that she would vote no.",
            content: "the levy is unfair” to farmers", kind: .direct, mention: "Ines Moretti",
            speaker: "Ines Moretti", cue: "said", rule: "quote-said-before"),
        AttributionCase(
            pattern: "unlisted verb before a short quoted phrase is not speech",
            text: "The band played, “Blue Harbor” and then left.",
            content: "Blue Harbor", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "X <any verb> … \"fragment\" … (mixed quote in the verb's clause)",
            text: "Okafor repeated her warning about the “slow creep” of river silt into the channel.",
            content: "her warning about the “slow creep” of river silt into the channel", kind: .direct,
            mention: "Okafor", speaker: "Okafor", cue: "repeated", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "he <verb> … \"fragment\" (mixed quote after a pronoun subject)",
            text: "Tarik Holm spoke last.\n\nHe compared the ferry board to a crew that keeps “bailing with a sieve.”",
            content: "the ferry board to a crew that keeps “bailing with a sieve.", kind: .direct,
            mention: "He", speaker: "Tarik Holm", cue: "compared", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "'it' as the subject does not take a mixed quote",
            text: "It rained on the “festival of lights” all weekend.",
            content: "on the “festival of lights” all weekend", kind: .direct, mention: nil, speaker: nil, cue: nil,
            rule: "none"),
        AttributionCase(
            pattern: "a quoted fragment far from the verb is not a mixed quote",
            text:
                "Okafor drove north on Monday with two of her aides and a reporter from the city paper to see the “Blue Harbor” show.",
            content: "Blue Harbor", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "a title-case quotation after any verb is a title, not a mixed quote",
            text: "Okafor appeared on “Morning Harbor News Hour” with two of her aides.",
            content: "on “Morning Harbor News Hour” with two of her aides", kind: .direct, mention: nil, speaker: nil,
            cue: nil, rule: "none"),
        AttributionCase(
            pattern: "\"…,\" <org> press secretary NAME said (a bare cue form before a role noun)",
            text: "“We never stopped talking,” Harbor Board press secretary Rhea Tamm said on Friday.",
            content: "We never stopped talking,", kind: .direct, mention: "Harbor Board press secretary Rhea Tamm",
            speaker: "Rhea Tamm", cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "split quote across a negated cue (\"He did not suggest …\")",
            text:
                "“The pier is closed for now,” Holm said after the inspection. He did not suggest a date. “We will look again in spring.”",
            content:
                "The pier is closed for now,” Holm said after the inspection. He did not suggest a date. “We will look again in spring.",
            kind: .direct, mention: "Holm", speaker: "Holm", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "NAME, who … <plural possessive apostrophe> …, said, \"…\"",
            text:
                "Ada Lind, who runs the drive for the nurses' union, said, \"The wards need staff before they need paint.\"",
            content: "The wards need staff before they need paint.", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "said", rule: "quote-said-before"),
        AttributionCase(
            pattern: "the <noun> of <number> replied, \"…\"",
            text:
                "Asked about the fees, the grandmother of four replied, \"We pay them every month and we get nothing.\"",
            content: "We pay them every month and we get nothing.", kind: .direct, mention: "the grandmother of four",
            speaker: nil, cue: "replied", rule: "quote-said-before"),
        AttributionCase(
            pattern: "…, I <verb> and said, \"…\" (first person after an opening clause)",
            text:
                "Years later, when my aunt asked about the farm, I shrugged and said, \"The land was never ours to keep.\"",
            content: "The land was never ours to keep.", kind: .direct, mention: "I", speaker: nil, cue: "said",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "On <date with year>, X made the following remark: ⏎ \"…\"",
            text:
                "On May 3, 2019, Okafor made the following remark:\n\n“Every town on this river deserves a working ferry.”\n\nThe council agreed.",
            content: "Every town on this river deserves a working ferry.", kind: .direct, mention: "Okafor",
            speaker: "Okafor", cue: "made the following remark:", rule: "quote-colon-intro"),
        AttributionCase(
            pattern: "\"…,\" <name with mangled letters> said",
            text: "\"The budget is not negotiable,\" Mayor JoÃ£o Silva said Friday as the meeting began.",
            content: "The budget is not negotiable,", kind: .direct, mention: "Mayor JoÃ£o Silva", speaker: "Silva",
            cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "split quote across a relative clause about the speaker (\"who noted that …\")",
            text:
                "“The ferry will run again,” said Ada Lind, a harbor pilot who noted that the fog had lifted. “We start at dawn.”",
            content:
                "The ferry will run again,” said Ada Lind, a harbor pilot who noted that the fog had lifted. “We start at dawn.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "a quote inside \", adding that …\" is a statement of its own",
            text: "“The ferry will run again,” Lind said, adding that the schedule was “a mess” for now.",
            content: "The ferry will run again,", kind: .direct, mention: "Lind", speaker: "Lind", cue: "said",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "a quote inside a relative clause (\"who said … \"…\"\") is not joined",
            text: "“The ferry will run again,” said Ada Lind, who said the crossing was “safe enough” now.",
            content: "The ferry will run again,", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "X is calling Y \"…\" (progressive characterization)",
            text: "Ada Lind is calling the new levy “a tax on breathing.”",
            content: "the new levy “a tax on breathing.", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "is calling", rule: "quote-characterize"),
        AttributionCase(
            pattern: "a role noun such as \"doctor\" heads a characterizing subject",
            text: "The ferry captain's doctor is calling him “fit to sail for years.”",
            content: "him “fit to sail for years.", kind: .direct, mention: "The ferry captain's doctor", speaker: nil,
            cue: "is calling", rule: "quote-characterize"),
        AttributionCase(
            pattern:
                "The <Adjective> <adjective> <role> wondered whether … \"…\" …, <participle> … (the clause ends before the participle)",
            text:
                "The Republican presidential nominee has repeatedly wondered whether the auditors will be “fair” to her, hinting at a long fight.",
            content: "whether the auditors will be “fair” to her", kind: .direct,
            mention: "The Republican presidential nominee", speaker: nil, cue: "wondered", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a list of -ing nouns after a comma does not end a mixed clause",
            text: "Ada Lind is stressing that the port is “short of money” for dredging, housing and schools.",
            content: "that the port is “short of money” for dredging, housing and schools", kind: .direct,
            mention: "Ada Lind", speaker: "Ada Lind", cue: "stressing", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X is <verb>ing … \"fragment\" … (progressive mixed clause)",
            text:
                "Mayor Ada Lind is stressing the need to protect the harbor from “constant flooding” by spring tides.",
            content: "the need to protect the harbor from “constant flooding” by spring tides", kind: .direct,
            mention: "Mayor Ada Lind", speaker: "Ada Lind", cue: "stressing", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X is telling <addressee> that … \"fragment\" (content starts at 'that')",
            text: "Ada Lind is telling a farmers group that the river is “running dry” and says she will act.",
            content: "that the river is “running dry", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "telling", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "dateline with date and agency, then X criticized Y as \"…\"",
            text:
                "TULSA, Okla., May 4 (AP) — Former Mayor Ada Lind criticized the new levy as a “tax on breathing” at a town meeting.",
            content: "the new levy as a “tax on breathing” at a town meeting", kind: .direct,
            mention: "Former Mayor Ada Lind",
            speaker: "Ada Lind", cue: "criticized", rule: "quote-characterize-as"),
        AttributionCase(
            pattern: "X dismissed Y as being in the \"…\"",
            text: "In June, Lind flatly dismissed the port as being in the “last century of shipping” at a forum.",
            content: "the port as being in the “last century of shipping” at a forum", kind: .direct, mention: "Lind",
            speaker: "Lind", cue: "dismissed", rule: "quote-characterize-as"),
        AttributionCase(
            pattern: "a mixed clause ends before \", but she …\"",
            text:
                "Lind is promising cheaper ferries and “boats, boats, boats,” but she has also warned about the cost.",
            content: "cheaper ferries and “boats, boats, boats,", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "promising", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a mixed clause ends before \", <adverb> <participle> …\" (the writer's gloss)",
            text:
                "Ravi Dunn said the ferry plan was “a gift to the ferry lobby,” openly daring the council to vote it down.",
            content: "the ferry plan was “a gift to the ferry lobby,", kind: .direct, mention: "Ravi Dunn",
            speaker: "Ravi Dunn", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern:
                "split quote around \"said X, who, like …, responded …\" (a cue in a relative clause with an aside)",
            text:
                "“The port is closed,” said a dock worker, who, like the others, responded anonymously. “Now it gets hard.”",
            content:
                "The port is closed,” said a dock worker, who, like the others, responded anonymously. “Now it gets hard.",
            kind: .direct, mention: "a dock worker", speaker: nil, cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern:
                "split quote around \"X said, with a passion that suggested …\" ('that' after a noun is a relative)",
            text:
                "“The port is closed,” Lind said, with a passion that almost suggested the question was rude. “I did the work.”",
            content:
                "The port is closed,” Lind said, with a passion that almost suggested the question was rude. “I did the work.",
            kind: .direct, mention: "Lind", speaker: "Lind", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "…, said X, <role without an article> (an appositive: the tag closes the sentence)",
            text:
                "The new pier is far too short for the big ships, said Ravi Dunn, executive director of the Harbor Pilots Guild.",
            content: "The new pier is far too short for the big ships", kind: .reported, mention: "Ravi Dunn",
            speaker: "Ravi Dunn", cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "… \"…\" …, said X, deputy campaign manager for … (quoted words: direct)",
            text:
                "The ferry plan is “a costly detour” for the town, said Ada Lind, deputy campaign manager for the Rowe slate.",
            content: "The ferry plan is “a costly detour” for the town", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "…, said X (an aside in parentheses to the sentence end closes the tag)",
            text: "Raising the toll is a tax on the poor, said Ada Lind (a view her deputy shares).",
            content: "Raising the toll is a tax on the poor", kind: .reported, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "… \"…,\" said X (an aside): quoted words make it direct",
            text: "Raising the toll “is a tax on the poor,” said Ada Lind (a view her deputy shares).",
            content: "Raising the toll “is a tax on the poor", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "…, he said, he would … (a clause after the tag, not a role: interposed)",
            text: "And if Rowe wins the vote, he said, he would back a new candidate for the port board.",
            content: "And if Rowe wins the vote, he said, he would back a new candidate for the port board",
            kind: .reported, mention: "he", speaker: nil, cue: "said", rule: "reported-interposed"),
        AttributionCase(
            pattern: "X <verb>ed …, saying … \"…\" (the participle's clause is the statement)",
            text: "Ada Lind thanked the dock workers on Friday, saying the new cranes were “a gift to the whole town.”",
            content: "the new cranes were “a gift to the whole town.", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "saying", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X denied …, dismissing Y as \"…\" (the participle's clause is the statement)",
            text: "Ravi Dunn denied the charge through an aide, dismissing Tim Moore as “a bitter former partner.”",
            content: "Tim Moore as “a bitter former partner.", kind: .direct, mention: "Ravi Dunn",
            speaker: "Ravi Dunn", cue: "dismissing", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a mixed clause ends at a comma inside the closing mark before a participle (\"…,\" citing …)",
            text: "Ravi Dunn said the ferry plan was “a costly detour,” citing a study of the spring tides.",
            content: "the ferry plan was “a costly detour,", kind: .direct, mention: "Ravi Dunn",
            speaker: "Ravi Dunn", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a mixed clause ends at a comma inside the closing mark before \"which\"",
            text: "Ada Lind said the harbor board had been \"slow and secretive,\" which is a charge the board denies.",
            content: "the harbor board had been \"slow and secretive,", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a mixed clause goes on after \"…,\" including … (not a participle)",
            text: "Ada Lind said the levy would be “the best of both worlds,” including the rural towns.",
            content: "the levy would be “the best of both worlds,” including the rural towns", kind: .direct,
            mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "<time or place adjunct> he said … \"fragment\" (the adjunct opens the clause, not the subject)",
            text:
                "Ravi Dunn toured the docks. At the forum this week he said he would “seriously weigh” closing the port.",
            content: "he would “seriously weigh” closing the port", kind: .direct, mention: "he", speaker: "Ravi Dunn",
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "<narration> \"A,\" she said, \"b …\" (the whole sentence is the statement)",
            text: "Ada Lind toured the docks. The port “is not for sale,” she said, “and never will be.”",
            content: "The port “is not for sale,” she said, “and never will be.", kind: .direct, mention: "she",
            speaker: "Ada Lind", cue: "said", rule: "quote-said-before"),
        AttributionCase(
            pattern: "X continues: \"…\"", text: "The memo continues: “Every ferry must be inspected twice a year.”",
            content: "Every ferry must be inspected twice a year.", kind: .direct, mention: "The memo", speaker: nil,
            cue: "continues", rule: "quote-said-colon"),
        AttributionCase(
            pattern: "<opening phrase>, X <any verb> … \"fragment\" (mixed clause after an opening phrase)",
            text: "At one point, Lind coached the new clerk to “breathe, breathe, breathe.”",
            content: "the new clerk to “breathe, breathe, breathe.", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "coached", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "\"…,\" X shot back (a verb and particle as cue)",
            text: "“We will not back down,” Ravi Dunn shot back.",
            content: "We will not back down,", kind: .direct, mention: "Ravi Dunn", speaker: "Ravi Dunn",
            cue: "shot back", rule: "quote-said-after"),
        AttributionCase(
            pattern: "X interjected: \"…\"", text: "Lind interjected: “That is simply not true.”",
            content: "That is simply not true.", kind: .direct, mention: "Lind", speaker: "Lind", cue: "interjected",
            rule: "quote-said-colon"),
        AttributionCase(
            pattern: "X says … 'fragment' in single marks only is reported",
            text: "Mayor Lind says ferry fares 'will never rise'",
            content: "ferry fares 'will never rise", kind: .reported, mention: "Mayor Lind", speaker: "Lind",
            cue: "says", rule: "reported-said"),
        AttributionCase(
            pattern: "a headline quote in single marks before its tag stays direct",
            text: "'The ferry is not for sale,' Mayor Lind says",
            content: "The ferry is not for sale,", kind: .direct, mention: "Mayor Lind", speaker: "Lind",
            cue: "says", rule: "quote-said-after"),
        AttributionCase(
            pattern: "single marks nested in a double quote keep it direct",
            text: "“They told us ‘wait a year,’ and we waited,” Ravi Dunn said.",
            content: "They told us ‘wait a year,’ and we waited,", kind: .direct, mention: "Ravi Dunn",
            speaker: "Ravi Dunn", cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "\"…,\" X said, <participle> … \"fragment\" (the fragment is the participle's, not a split quote)",
            text: "“The ferry will sail in May,” Ada Lind said, urging riders to “be patient.”",
            content: "The ferry will sail in May,", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "… X said, urging Y to \"fragment\" (the participle's own statement)",
            text: "“The ferry will sail in May,” Ada Lind said, urging riders to “be patient.”",
            content: "riders to “be patient", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "urging",
            rule: "reported-urge"),
        AttributionCase(
            pattern: "X has <irregular participle> … \"fragment\" (mixed clause)",
            text: "Lind has taken the council to task for its “lazy habits” on the budget.",
            content: "the council to task for its “lazy habits” on the budget", kind: .direct, mention: "Lind",
            speaker: "Lind", cue: "taken", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X has <irregular participle> Y as \"…\"", text: "Lind has gone after Holm as a “human leech.”",
            content: "after Holm as a “human leech.", kind: .direct, mention: "Lind", speaker: "Lind", cue: "gone",
            rule: "quote-characterize-as"),
        AttributionCase(
            pattern: "\"…,\" said X, <appositive>, who added that … \"fragment\" (the relative clause's own statement)",
            text:
                "“The count is wrong,” said Ravi Dunn, a harbor pilot, who added that the new buoys were “badly placed.”",
            content: "the new buoys were “badly placed", kind: .direct, mention: "who", speaker: "Ravi Dunn",
            cue: "added", rule: "reported-that"),
        AttributionCase(
            pattern: "<opening phrase in City, State,> X called Y \"…\" (the state is not the speaker)",
            text: "Speaking at a town hall in Salem, New Hampshire, Ada Lind called Holm “a total stiff.”",
            content: "Holm “a total stiff.", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "called",
            rule: "quote-characterize"),
        AttributionCase(
            pattern: "<At a rally in City, State, on Day,> X said … \"fragment\"",
            text: "At a rally in Ames, Iowa, on Sunday, Ada Lind said the levy was “a tax on breathing.”",
            content: "the levy was “a tax on breathing", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "<time phrase,> X … and said, \"…\" (the time phrase is not the speaker)",
            text: "Eight years ago, Lind backed the ferry plan and said, “It will pay for itself.”",
            content: "It will pay for itself.", kind: .direct, mention: "Lind", speaker: "Lind", cue: "said",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "<time phrase,> she … saying, \"…\" (only the quote, not the sentence)",
            text: "Ada Lind waited. Minutes later, she sent an email saying, “done.”",
            content: "done.", kind: .direct, mention: "she", speaker: "Ada Lind", cue: "saying",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "<a few words>, according to X, <clause> (the source stands for the whole sentence)",
            text: "Over the long term, according to the port authority, the rise in fees “is mainly due to fuel.”",
            content: "Over the long term, according to the port authority, the rise in fees “is mainly due to fuel",
            kind: .direct, mention: "the port authority", speaker: "port authority", cue: "according to",
            rule: "according-to"),
        AttributionCase(
            pattern: "…, because, according to X, <clause> (the clause after the source)",
            text: "The ferry will run late, because, according to Lind, the crew is “badly short-handed.”",
            content: "the crew is “badly short-handed", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "according to", rule: "according-to"),
        AttributionCase(
            pattern: "<clause>, according to X, which … (the appositive is not content)",
            text: "Fares rose 4 percent last year, according to the port authority, which runs the ferries.",
            content: "Fares rose 4 percent last year", kind: .reported, mention: "the port authority",
            speaker: "port authority", cue: "according to", rule: "according-to"),
        AttributionCase(
            pattern: "The letter <verb phrase>: \"…\" (a text speaks for its authors)",
            text: "The letter goes further: “Every ferry must be inspected twice a year.”",
            content: "Every ferry must be inspected twice a year.", kind: .direct, mention: "The letter", speaker: nil,
            cue: "goes further:", rule: "quote-colon-intro"),
        AttributionCase(
            pattern: "The answer is simple: \"…\" (an abstract noun is not a speaker)",
            text: "The answer is simple: “Build more ferries.”", content: "Build more ferries.", kind: .direct,
            mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "X said <long adjunct> that … (the clause after 'that')",
            text:
                "Ada Lind said at the crowded monthly meeting of the harbor board that the levy was “fair” to every family in town.",
            content: "the levy was “fair” to every family in town", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern: "X said that … \"a\" before claiming that … \"b\" (the first clause ends before the participle)",
            text:
                "Ada Lind said on Tuesday at the crowded monthly meeting of the harbor board that the levy was “fair” before claiming that the fees are “far too low.”",
            content: "the levy was “fair", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said",
            rule: "reported-that"),
        AttributionCase(
            pattern: "… before claiming that … \"b\" (the participle's subject is the sentence's)",
            text:
                "Ada Lind said on Tuesday at the crowded monthly meeting of the harbor board that the levy was “fair” before claiming that the fees are “far too low.”",
            content: "the fees are “far too low", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "claiming", rule: "reported-that"),
        AttributionCase(
            pattern: "… the U.S. He says … (an abbreviation's period ends the sentence before a pronoun)",
            text: "Lind says fares are rising across the U.S. He says riders want “cheaper tickets” and better boats.",
            content: "fares are rising across the U.S.", kind: .reported, mention: "Lind", speaker: "Lind", cue: "says",
            rule: "reported-said"),
        AttributionCase(
            pattern: "One strategist described Y as \"…\" (a role noun without a name speaks)",
            text: "One strategist described the race as “a superhighway for outsiders.”",
            content: "the race as “a superhighway for outsiders.", kind: .direct, mention: "One strategist",
            speaker: nil,
            cue: "described", rule: "quote-characterize"),
        AttributionCase(
            pattern: "X adds that …: \"…\" (the that-clause leads into the quote)",
            text: "Ada Lind adds that riders have two choices: “You either pay or you walk.”",
            content: "that riders have two choices: “You either pay or you walk.", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "adds", rule: "quote-said-colon"),
        AttributionCase(
            pattern: "X said as …, \"…\" (a clause of time is the occasion, not the statement)",
            text: "Ada Lind said as she left the dock, “We will be back.”", content: "We will be back.", kind: .direct,
            mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "quote-said-before"),
        AttributionCase(
            pattern: "<Capitalized> <plural noun> called Y \"…\" (the plural heads the subject, not the verb)",
            text: "Ferry captains called the new dock “a disaster.”", content: "the new dock “a disaster.",
            kind: .direct, mention: "Ferry captains", speaker: "Ferry captains", cue: "called",
            rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "<Capitalized> <plural noun> described Y as \"…\"",
            text: "Harbor pilots described the channel under the bridge as “Swiss cheese.”",
            content: "the channel under the bridge as “Swiss cheese.", kind: .direct, mention: "Harbor pilots",
            speaker: "Harbor pilots", cue: "described", rule: "quote-characterize-as"),
        AttributionCase(
            pattern: "<Plurals> of <singular> say … (the verb agrees with the head before 'of')",
            text: "Critics of the levy say the fares are “far too high.”", content: "the fares are “far too high",
            kind: .direct, mention: "Critics of the levy", speaker: nil, cue: "say", rule: "reported-said"),
        AttributionCase(
            pattern: "A majority of <plurals> say … (a quantity agrees with what it counts)",
            text: "A majority of riders say the fares are “about right.”", content: "the fares are “about right",
            kind: .direct, mention: "A majority of riders", speaker: "majority of riders", cue: "say",
            rule: "reported-said"),
        AttributionCase(
            pattern: "HEADING - Name: \"…\" (a roundup line)",
            text: "POLLS MISSED THE SURGE - Ada Lind: “The turnout model was wrong this time.”",
            content: "The turnout model was wrong this time.", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: ":", rule: "quote-colon"),
        AttributionCase(
            pattern: "Name (party-State): \"…\" (a transcript line with a party label)",
            text: "Rep. Ada Lind (D-Maine): “I have not heard anyone cite that figure.”",
            content: "I have not heard anyone cite that figure.", kind: .direct, mention: "Rep. Ada Lind",
            speaker: "Ada Lind", cue: ":", rule: "quote-colon"),
        AttributionCase(
            pattern: "a progressive inside a reported clause is not a characterization",
            text: "At one point, Lind said harbor officials were calling “every ten minutes.”",
            content: "harbor officials were calling “every ten minutes", kind: .direct, mention: "Lind",
            speaker: "Lind",
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "NAME <verb> what she called \"…\" (the pronoun stands for the named subject)",
            text: "Mayor Ada Lind condemned what she called a “reckless gamble” by the board.",
            content: "what she called a “reckless gamble” by the board", kind: .direct, mention: "Mayor Ada Lind",
            speaker: "Ada Lind", cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "<people> on the <place> chanted \"…!\" and … (a whole utterance; the subject keeps its head)",
            text: "Fans on the pier chanted \"Open the gates!\" and kept singing until midnight.",
            content: "Open the gates!", kind: .direct, mention: "Fans on the pier", speaker: "Fans", cue: "chanted",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "X says, \"…,\" until … (the narration after a whole utterance is not the speaker's)",
            text: "She turned to him and says, \"Don't you dare,\" until the lights go out.",
            content: "Don't you dare,", kind: .direct, mention: "She", speaker: nil, cue: "says",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "X said during this week's … that … \"fragment\"",
            text:
                "Lind said during this week’s debate that she is in favor of bringing back the ferries and “a lot more boats.”",
            content: "she is in favor of bringing back the ferries and “a lot more boats", kind: .direct,
            mention: "Lind", speaker: "Lind", cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern: "…, said <place> <title> NAME (title words between the place and the name)",
            text: "The levy was early enough that most people did not notice it, said Tulsa State professor Ada Lind.",
            content: "The levy was early enough that most people did not notice it", kind: .reported,
            mention: "Tulsa State professor Ada Lind", speaker: "Ada Lind", cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "<clause with \"fragment\">, said X, who …. \"…\" (the next quoted sentence goes on)",
            text:
                "Both parties “saw the port as a rival,” said Ada Lind, who ran the harbor board for years. “In that sense, it was easy.”\n\nNext.",
            content:
                "Both parties “saw the port as a rival,” said Ada Lind, who ran the harbor board for years. “In that sense, it was easy.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "reported-said-after+split"),
        AttributionCase(
            pattern: "<reported sentence>, X said. \"…\" (the quote after the tag goes on with the same statement)",
            text:
                "The ferry budget may slip until spring, Mayor Ada Lind said. “We will not sign a bad deal.”\n\nNext.",
            content: "The ferry budget may slip until spring, Mayor Ada Lind said. “We will not sign a bad deal.",
            kind: .direct, mention: "Mayor Ada Lind", speaker: "Ada Lind", cue: "said",
            rule: "reported-said-after+split"),
        AttributionCase(
            pattern: "<reported sentence>, X says. \"…\" ending the paragraph (present tense, pronoun)",
            text: "Tom Holm took the floor. The levy is not a tax, he says. “It is a fee, and it is fair!”",
            content: "The levy is not a tax, he says. “It is a fee, and it is fair!", kind: .direct, mention: "he",
            speaker: "Tom Holm", cue: "says", rule: "reported-said-after+split"),
        AttributionCase(
            pattern: "<clause with \"fragment\">, X said. ⏎ \"…\" (a quoted paragraph goes on with the statement)",
            text:
                "Both ferries “ran late all week,” Ada Lind said.\n\n“We will fix the schedule before the summer season starts.”\n\nThe board met later.",
            content:
                "Both ferries “ran late all week,” Ada Lind said.\n\n“We will fix the schedule before the summer season starts.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said",
            rule: "reported-said-after+continuation"),
        AttributionCase(
            pattern: "<reported sentence>, X said. ⏎ \"…\" (no quoted words in the clause: not continued)",
            text:
                "The ferries ran late all week, Ada Lind said.\n\n“We will fix the schedule before the summer season starts.”",
            content: "The ferries ran late all week", kind: .reported, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "<reported sentence>, X said. \"…,\" Y said (a quote with its own tag stays apart)",
            text: "The levy is not a tax, Holm said. “It is a fee,” Ada Lind said.",
            content: "The levy is not a tax", kind: .reported, mention: "Holm", speaker: "Holm", cue: "said",
            rule: "reported-said-after"),
        AttributionCase(
            pattern: "a following quote with its own tag is not joined to a reported statement",
            text: "The summit did “too little,” she added. “Without changes,” Holm said, “the town risks a lot.”",
            content: "Without changes,” Holm said, “the town risks a lot.", kind: .direct, mention: "Holm",
            speaker: "Holm", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "split quote across \"when asked if …\" narration",
            text:
                "“It was very nice,” the ferry captain told reporters when asked if she had met the mayor, who leads the polls. “She was very charming.”",
            content:
                "It was very nice,” the ferry captain told reporters when asked if she had met the mayor, who leads the polls. “She was very charming.",
            kind: .direct, mention: "the ferry captain", speaker: nil, cue: "told", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "split quote across \", asked about …\" narration",
            text:
                "“Why should I be surprised?” Holm said, asked about the delay in an interview. “It happens every year.”",
            content:
                "Why should I be surprised?” Holm said, asked about the delay in an interview. “It happens every year.",
            kind: .direct, mention: "Holm", speaker: "Holm", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "\"…,\" said <lower-case description> NAME",
            text: "\"Thanks for coming,\" said master of ceremonies Ada Lind, a local engineer.",
            content: "Thanks for coming,", kind: .direct, mention: "master of ceremonies Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "quote-said-after"),
        AttributionCase(
            pattern: "<clause with \"fragment\">, said the <noun> who … (a relative clause closes the tag)",
            text: "The port “deserves someone who is with them,” said the man who built his career on ferries.",
            content: "The port “deserves someone who is with them", kind: .direct, mention: "the man", speaker: nil,
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "<subject>, X said, \"lower-case rest\" (interposed tag: the statement starts with the sentence)",
            text: "No new levy, the mayor said, “will pass this council.”",
            content: "No new levy, the mayor said, “will pass this council.", kind: .direct, mention: "the mayor",
            speaker: nil, cue: "said", rule: "quote-said-before"),
        AttributionCase(
            pattern: "There was, X said, \"…\" (the quote is the object of the opening clause)",
            text: "There was, she said, “a quiet deal.”",
            content: "a quiet deal.", kind: .direct, mention: "she", speaker: nil, cue: "said",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "NAME's claim that … \"fragment\"",
            text: "The paper checked Lind’s claim that there were “hundreds of ferries” on the river last year.",
            content: "that there were “hundreds of ferries", kind: .direct, mention: "Lind’s", speaker: "Lind",
            cue: "claim", rule: "quote-claim-noun"),
        AttributionCase(
            pattern: "his promise that … \"fragment\"",
            text: "Contrary to his promise that the port would stay “open for business,” it closed.",
            content: "that the port would stay “open for business,", kind: .direct, mention: "his", speaker: nil,
            cue: "promise", rule: "quote-claim-noun"),
        AttributionCase(
            pattern: "X said that Y's claim … is \"…\" (the quote is X's)",
            text: "Holm said that Lind’s claim that the port is closed is “simply not true.”",
            content: "that Lind’s claim that the port is closed is “simply not true.", kind: .direct, mention: "Holm",
            speaker: "Holm", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "…, which X called \"…\" (the relative opens the statement)",
            text: "The board valued the port at $2 million, which Mayor Lind called “an insult,” blaming the auditors.",
            content: "which Mayor Lind called “an insult,", kind: .direct, mention: "Mayor Lind", speaker: "Lind",
            cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "a mixed clause ends before \"and <past-tense verb>\" (a second predicate)",
            text: "Ms. Lind said Mr. Holm was “careless” with the budget and criticized him for the delays.",
            content: "Mr. Holm was “careless” with the budget", kind: .direct, mention: "Ms. Lind", speaker: "Lind",
            cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a mixed clause ends before \"as he …\" (a subordinate clause)",
            text: "Holm says he is “ready to win” as he faces a hard vote in Tulsa.",
            content: "he is “ready to win", kind: .direct, mention: "Holm", speaker: "Holm", cue: "says",
            rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X talked up her \"…,\" promising … (particle kept with the verb; participle ends it)",
            text: "Lind talked up her “ferry plan,” promising to campaign in every town.",
            content: "her “ferry plan,", kind: .direct, mention: "Lind", speaker: "Lind", cue: "talked",
            rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a because-clause stays in the mixed clause",
            text: "Holm said the levy was “unfair” because it hurt farmers.",
            content: "the levy was “unfair” because it hurt farmers", kind: .direct, mention: "Holm", speaker: "Holm",
            cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "\"…?\" a <noun> in the <place> asks (a described speaker)",
            text: "“Why did the mayor not pay?” a narrator in the campaign ad asks.",
            content: "Why did the mayor not pay?", kind: .direct, mention: "a narrator in the campaign ad",
            speaker: nil,
            cue: "asks", rule: "quote-said-after"),
        AttributionCase(
            pattern: "As X put it in …, <clause with \"fragment\">",
            text: "As Ms. Lind put it in a letter to the board in June, the port is “open for business.”",
            content: "the port is “open for business.", kind: .direct, mention: "Ms. Lind", speaker: "Lind",
            cue: "put it", rule: "quote-put-it"),
        AttributionCase(
            pattern: "…, as X put it in …, \"…\"",
            text:
                "The plan has not shielded him from being seen, as the Harbor Gazette put it in a long profile, “the fixer.”",
            content: "the fixer.", kind: .direct, mention: "the Harbor Gazette", speaker: "Harbor Gazette",
            cue: "put it", rule: "quote-put-it"),
        AttributionCase(
            pattern: "Or, as X, <appositive>, put it: \"…\" (the name before the appositive)",
            text: "Or, as Ada Lind, a former harbor master, put it: “The tide waits for no board.”",
            content: "The tide waits for no board.", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "put it", rule: "quote-put-it"),
        AttributionCase(
            pattern: "…, <clause with \"fragment,\"> as X put it (the clause before the tag)",
            text:
                "While most boats need a license, the main rule for the ferry is a “clean safety record,” as a city memo put it.",
            content: "the main rule for the ferry is a “clean safety record", kind: .direct, mention: "a city memo",
            speaker: nil, cue: "put it", rule: "reported-said-after"),
        AttributionCase(
            pattern: "<opening participle clause>, X is rolling out a … message: \"…\"",
            text:
                "Worried about the turnout in the valley, Mayor Ada Lind is rolling out a new and blunter message: “Vote or lose the ferry.”",
            content: "Vote or lose the ferry.", kind: .direct, mention: "Mayor Ada Lind", speaker: "Ada Lind",
            cue: "is rolling out a new and blunter message:", rule: "quote-colon-intro"),
        AttributionCase(
            pattern: "X told <long addressee and adjunct> that … \"fragment\"",
            text: "He also told one of his young harbor apprentices on a regular basis that the river “always wins.”",
            content: "the river “always wins", kind: .direct, mention: "He", speaker: nil, cue: "also told",
            rule: "reported-that"),
        AttributionCase(
            pattern: "split quote whose tag holds a nickname in quotation marks",
            text:
                "\"This is a big year for us!\" Lind's niece, state Del. Marcia \"Cia\" Price (D-Tulsa), shouted to the crowd. \"The town is watching.\"",
            content:
                "This is a big year for us!\" Lind's niece, state Del. Marcia \"Cia\" Price (D-Tulsa), shouted to the crowd. \"The town is watching.",
            kind: .direct, mention: "Lind's niece", speaker: nil, cue: "shouted", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "X told \"<Show Title>,\" … (a title after the cue is not speech)",
            text: "“Of course he is fair game,” Lind told “Good Morning Tulsa,” reminding the hosts of the vote.",
            content: "Good Morning Tulsa,", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "a shouted all-capitals quote is still speech",
            text: "Lind bragged about the turnout. “GROWING PORT,” she declared in a post after the vote.",
            content: "GROWING PORT,", kind: .direct, mention: "she", speaker: nil, cue: "declared",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "<clause about Y>, X said, adding, \"…\" (the participle is X's)",
            text: "Lind stayed home on Friday, Holm said, adding, “The crews need the summer.”",
            content: "The crews need the summer.", kind: .direct, mention: "Holm", speaker: "Holm", cue: "adding",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "footage of NAME asking, \"…\"",
            text: "The ad uses footage of Ada Lind asking, “Why are we not ahead?”",
            content: "Why are we not ahead?", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "asking",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "split quote resuming after a full stop and a short opener (\"Now, \"…\"\")",
            text:
                "“We were not very happy at first,” said Ada Lind, head of policy at the Harbor Council of the North Coast. Now, “the business community is fine with it.”",
            content:
                "We were not very happy at first,” said Ada Lind, head of policy at the Harbor Council of the North Coast. Now, “the business community is fine with it.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "The <role noun> <verb> … \"fragment\" (a role noun subject takes a mixed clause)",
            text: "The Republican nominee stressed the need to stop the “endless delays” at the port.",
            content: "the need to stop the “endless delays” at the port", kind: .direct,
            mention: "The Republican nominee", speaker: nil, cue: "stressed", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X <verb> … and vowed to … \"fragment\" (a second predicate holds the quote)",
            text:
                "The Republican nominee also outlined his harbor plan and vowed to harshly punish “those who dump oil.”",
            content: "to harshly punish “those who dump oil.", kind: .direct,
            mention: "The Republican nominee", speaker: nil, cue: "vowed", rule: "quote-mixed-coordinated"),
        AttributionCase(
            pattern: "X tweeted that … \"…\" and encouraged Y to \"…\" (the addressee is not content)",
            text:
                "Mara Lind tweeted early Friday that the mayor was “shameless” and encouraged voters to “look closely” at the new budget.",
            content: "to “look closely” at the new budget", kind: .direct, mention: "Mara Lind", speaker: "Mara Lind",
            cue: "encouraged", rule: "quote-mixed-coordinated"),
        AttributionCase(
            pattern: "split quote across \"said X, 65, who … but showed up …\" (a cue inside the relative clause)",
            text:
                "“I am not for either plan,” said Ada Lind, 65, who voted for Rowe but showed up in Tulsa to see Mays. “I respect him.”",
            content:
                "I am not for either plan,” said Ada Lind, 65, who voted for Rowe but showed up in Tulsa to see Mays. “I respect him.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "split quote across \"said X, who hosts the show \"<Title>\" …\" (a title in the gap)",
            text:
                "“It is too early to tell,” said Ada Cole, who hosts the show “Harbor Nights” on Fridays. “I mean, anything can happen in a year.”",
            content:
                "It is too early to tell,” said Ada Cole, who hosts the show “Harbor Nights” on Fridays. “I mean, anything can happen in a year.",
            kind: .direct, mention: "Ada Cole", speaker: "Ada Cole", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "split quote across \"X said in reply.\" (\"reply\" after \"in\" is a noun)",
            text: "“It is fine to admire him,” Lind said in reply. “He was who he was.”",
            content: "It is fine to admire him,” Lind said in reply. “He was who he was.",
            kind: .direct, mention: "Lind", speaker: "Lind", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "split quote resuming in lower case after \", explaining why …,\"",
            text:
                "“Many people are unsure this year,” Ada Lind wrote in a letter to the Gazette explaining why she is running, “but most of us agree the port needs work.”",
            content:
                "Many people are unsure this year,” Ada Lind wrote in a letter to the Gazette explaining why she is running, “but most of us agree the port needs work.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "wrote", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "split quote across \"…, president of the X think tank.\" (\"think\" is not a cue there)",
            text:
                "“The delegate math is hard for Rowe,” explained strategist Jo Marsh, president of the Harbor Policy think tank. “She is on track to win.”",
            content:
                "The delegate math is hard for Rowe,” explained strategist Jo Marsh, president of the Harbor Policy think tank. “She is on track to win.",
            kind: .direct, mention: "strategist Jo Marsh", speaker: "Jo Marsh", cue: "explained",
            rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "X said that … what she called \"…\" (the characterization is inside X's clause)",
            text:
                "Clinton said Wednesday that she called Rowe after the vote to congratulate him on what she called “a fine campaign.”",
            content: "she called Rowe after the vote to congratulate him on what she called “a fine campaign",
            kind: .direct,
            mention: "Clinton", speaker: "Clinton", cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern: "X said … \"…\" … — a <comment> (the writer's appositive is not content)",
            text:
                "Hours after the vote, Lind said he was “encouraged” by the plan — a modest boost for the mayor since 2019.",
            content: "he was “encouraged” by the plan", kind: .direct, mention: "Lind", speaker: "Lind", cue: "said",
            rule: "reported-said"),
        AttributionCase(
            pattern: "X said … \"…\" …, a <comment> (mixed clause)",
            text:
                "Lind said the ferry would “not be cut” at the port, a swipe at the recent budget fights in the council.",
            content: "the ferry would “not be cut” at the port", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "<clause with \"fragment,\"> X told <addressee>. (the addressee closes the tag)",
            text:
                "Lind spoke to the board.\n\nHe had “wanted to run the ferry since he was 5,” his childhood friend told the Harbor Gazette.",
            content: "He had “wanted to run the ferry since he was 5", kind: .direct, mention: "his childhood friend",
            speaker: nil, cue: "told", rule: "reported-said-after"),
        AttributionCase(
            pattern: "X is telling <long addressee with commas> that \"…\"",
            text:
                "Mayor Ada Lind is telling customers at a popular Tulsa, Oklahoma, breakfast spot that “I need you tomorrow.”",
            content: "that “I need you tomorrow.", kind: .direct, mention: "Mayor Ada Lind", speaker: "Ada Lind",
            cue: "telling", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "<clause with \"fragment,\"> X said in June, citing … (a participle closes the tag)",
            text:
                "Lind met the board.\n\nThe port “has made real changes for the better,” Holm said in June, citing the new ferry schedule.",
            content: "The port “has made real changes for the better", kind: .direct, mention: "Holm", speaker: "Holm",
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "…, which <description>, NAME, called \"…\" (the relative opens the statement)",
            text:
                "Given the board's efforts to collect -- which the port's chief executive, Ada Lind, called ''pure political noise'' -- one question remains.",
            content: "which the port's chief executive, Ada Lind, called ''pure political noise", kind: .direct,
            mention: "Ada Lind", speaker: "Ada Lind", cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "X accused Y, NAME, of \"…\" (the charge follows \"of\")",
            text:
                "Lind met the board.\n\nNorway accused the port's leader, Ada Lind, of “reckless spending.” The mayor said more.",
            content: "reckless spending.", kind: .direct, mention: "Norway", speaker: "Norway", cue: "accused",
            rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X told one of Y that \"…\" (a partitive \"of\" belongs to the addressee)",
            text: "Ada Lind told one of her young aides on the ferry that “the harbor is the answer.”",
            content: "that “the harbor is the answer.", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "told", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X said, <adjunct>, \"…\" (the statement starts after the comma, not with it)",
            text: "Ada Lind said, in the early days of a new board, “what would you cut?”",
            content: "in the early days of a new board, “what would you cut?", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a mixed clause ends before \"and NAME <cue>\" (another speaker)",
            text:
                "Lind met the board.\n\nHolm said he would make the river “run dry,” for instance, and Lind vowed to “drain the lake.”",
            content: "he would make the river “run dry,” for instance", kind: .direct, mention: "Holm", speaker: "Holm",
            cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "a reported clause ends before \"and NAME <cue>\" (another speaker)",
            text:
                "Lind met the board.\n\nAda Lind said the budget was fully balanced and Mayor Holm says the port is broke.",
            content: "the budget was fully balanced", kind: .reported, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "X referred to <object of 11+ tokens> as \"…\" (a characterizing verb further back)",
            text:
                "Lind met the board.\n\nHolm has mocked a disabled reporter and referred to the new ferry crews from the north as “thieves.” More later.",
            content: "the new ferry crews from the north as “thieves.", kind: .direct, mention: "Holm", speaker: "Holm",
            cue: "referred to", rule: "quote-characterize"),
        AttributionCase(
            pattern: "X said … and said that … \"fragment\" (no quote in the first predicate)",
            text:
                "He said his recent wins have given his campaign a lift and said that Rowe did not represent the heart of the “party of Lincoln.”",
            content: "that Rowe did not represent the heart of the “party of Lincoln.", kind: .direct, mention: "He",
            speaker: nil, cue: "said", rule: "quote-mixed-coordinated"),
        AttributionCase(
            pattern: "X said that … \"…\" and said that … \"…\" (the second quote is a statement of its own)",
            text: "Ada Lind said that Rowe is playing the “tax card” and said that Mays is “weak as water.”",
            content: "that Mays is “weak as water.", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "said", rule: "quote-mixed-coordinated"),
        AttributionCase(
            pattern: "split quote resuming in lower case after a long appositive",
            text:
                "“The port is open to everyone,” said Ada Lind, director of harbor studies at the Northern Institute of Coastal Affairs, “but it is slowly filling with silt.”",
            content:
                "The port is open to everyone,” said Ada Lind, director of harbor studies at the Northern Institute of Coastal Affairs, “but it is slowly filling with silt.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "a reported clause with quoted words ends before \"and <past-tense verb>\"",
            text:
                "Ms. Lind said during a long meeting with the board on Tuesday that the new harbor master had been “careless” with the budget and criticized him for the delays.",
            content: "the new harbor master had been “careless” with the budget", kind: .direct, mention: "Ms. Lind",
            speaker: "Lind", cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern: "X called Y \"…\" in a tweet Tuesday (when and where stay out)",
            text: "Holm called the vote “rigged” in a tweet Tuesday, and two council members agreed.",
            content: "the vote “rigged", kind: .direct, mention: "Holm", speaker: "Holm", cue: "called",
            rule: "quote-characterize"),
        AttributionCase(
            pattern: "X tells <outlet>'s \"<Show>\" that \"…\" …",
            text: "Mayor Ilse Varga tells WKXR’s “Evening Desk” on Monday that “nobody knows the cost” of the repairs.",
            content: "“nobody knows the cost” of the repairs", kind: .direct, mention: "Mayor Ilse Varga",
            speaker: "Ilse Varga", cue: "tells", rule: "reported-that"),
        AttributionCase(
            pattern: "X told <outlet>'s \"<Show>\" that …",
            text: "Ravi Dunn told KQBC’s “Night Line” that nobody would miss the meeting.",
            content: "nobody would miss the meeting", kind: .reported, mention: "Ravi Dunn", speaker: "Ravi Dunn",
            cue: "told", rule: "reported-that"),
        AttributionCase(
            pattern: "X <verb> …, <participle> Y as … \"…\" (the participle's clause, the sentence's subject)",
            text:
                "On Monday, Ada Lind tried to turn the tables, portraying Holm as reckless because he had taken “about $90,000” from the ferry lobby.",
            content: "Holm as reckless because he had taken “about $90,000” from the ferry lobby", kind: .direct,
            mention: "Ada Lind", speaker: "Ada Lind", cue: "portraying", rule: "quote-participle"),
        AttributionCase(
            pattern: "X promised …, saying … \"…\" (a speech participle after a clause without a quote)",
            text:
                "Mayor Holm promised on Friday to drop the toll plan, saying she had made “a poor choice” at the start.",
            content: "she had made “a poor choice” at the start", kind: .direct, mention: "Mayor Holm", speaker: "Holm",
            cue: "saying", rule: "quote-participle"),
        AttributionCase(
            pattern: "…, including \"…\" is not a participle of speech",
            text: "The ferry report runs long, including “dozens of charts” on the tides.",
            content: "“dozens of charts” on the tides", kind: .direct, mention: nil, speaker: nil, cue: nil,
            rule: "none"),
        AttributionCase(
            pattern: "\"…,\" X said, but added that … \"fragment\" (a second predicate of the tag's speaker)",
            text: "“I hate the toll,” Lind said, but added that after fares the family was “barely getting by” at all.",
            content: "after fares the family was “barely getting by” at all", kind: .direct, mention: "Lind",
            speaker: "Lind", cue: "added", rule: "reported-that"),
        AttributionCase(
            pattern: "X pledged a \"…\" and said that … \"…\" (the second predicate after a mixed clause)",
            text:
                "Lind pledged a “new start” and said that she and her staff would stand up to the “harbor barons” in the fall.",
            content: "she and her staff would stand up to the “harbor barons” in the fall", kind: .direct,
            mention: "Lind",
            speaker: "Lind", cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern: "Several said … \"…\" (a lone quantifier opening the sentence is the speaker)",
            text:
                "The ferry crews met on Friday. Several said they would rather see the money go to “new hulls” first.",
            content: "they would rather see the money go to “new hulls” first", kind: .direct, mention: "Several",
            speaker: nil, cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "Most said … (reported, a lone quantifier)",
            text: "Dock workers were polled in May. Most said the night shift should end at midnight.",
            content: "the night shift should end at midnight", kind: .reported, mention: "Most", speaker: nil,
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "\"…,\" X said, calling Y \"…\" (the participle's quote is a statement of its own)",
            text: "“The vote was close,” Ada Lind said, calling the harbor board “a closed shop.”",
            content: "the harbor board “a closed shop", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind",
            cue: "calling", rule: "quote-participle"),
        AttributionCase(
            pattern: "\"…,\" X said, calling Y \"…\" (the first quote is not split across the participle)",
            text: "“The vote was close,” Ada Lind said, calling the harbor board “a closed shop.”",
            content: "The vote was close,", kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "\"…,\" X said, reasoning that … \"…\" (any participle, not only lexicon cues)",
            text:
                "“The permit is valid,” the board said, reasoning that the pier met the rules because it “did not need any new pilings.”",
            content: "that the pier met the rules because it “did not need any new pilings", kind: .direct,
            mention: "the board", speaker: "board", cue: "reasoning", rule: "quote-participle"),
        AttributionCase(
            pattern: "And he vowed to \"…\" (a discourse word before the mixed clause's subject)",
            text: "Lind spoke next. And he vowed to “take our fight” to the other states that vote next week.",
            content: "to “take our fight” to the other states that vote next week", kind: .direct, mention: "he",
            speaker: nil, cue: "vowed", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "Later, X pledged to … \"…\" (a speech verb with an infinitive after an opening phrase)",
            text: "Later, Lind pledged to make the ferry line “run on time for once.”",
            content: "to make the ferry line “run on time for once.", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "pledged", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "Later, X said … \"…\" (a that-less clause stays with the reported-speech rules)",
            text: "Later, Lind said the ferry line would “run on time for once.”",
            content: "the ferry line would “run on time for once", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "More recently, X pledged to \"…\" (a short adverbial opening phrase is not the subject)",
            text: "More recently, Lind pledged to make the ferry line “run on time for once.”",
            content: "to make the ferry line “run on time for once.", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "pledged", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X, <aside>, called Y \"…,\" and said … \"…\" (an aside between the subject and its verb)",
            text:
                "Lind, speaking on WKXR, called Rowe a “blowhard,” and said his remarks were priceless “propaganda” for the rivals.",
            content: "his remarks were priceless “propaganda” for the rivals", kind: .direct, mention: "Lind",
            speaker: "Lind", cue: "said", rule: "quote-mixed-coordinated"),
        AttributionCase(
            pattern: "X released a statement Wednesday saying … \"…\" (a text the subject put out)",
            text: "The harbor board released a statement Wednesday saying the remarks “are not based on facts” at all.",
            content: "the remarks “are not based on facts” at all", kind: .direct, mention: "The harbor board",
            speaker: "harbor board", cue: "saying", rule: "quote-participle"),
        AttributionCase(
            pattern: "X put out a statement calling Y \"…\"",
            text: "Her office put out a statement calling the toll plan “a tax on the poor.”",
            content: "the toll plan “a tax on the poor.", kind: .direct, mention: "Her office",
            speaker: "Her office", cue: "calling", rule: "quote-participle"),
        AttributionCase(
            pattern: "\"…,\" X barked and … (an unlisted tag verb, then a new clause)",
            text: "“Go back to your boat,” Lind barked and a guard led the man out.",
            content: "Go back to your boat,", kind: .direct, mention: "Lind", speaker: "Lind", cue: "barked",
            rule: "quote-tag-unlisted"),
        AttributionCase(
            pattern: "\"…!\" X snapped, waving … (an unlisted tag verb, then a participle)",
            text: "“Not this time!” Rowe snapped, waving at the board.",
            content: "Not this time!", kind: .direct, mention: "Rowe", speaker: "Rowe", cue: "snapped",
            rule: "quote-tag-unlisted"),
        AttributionCase(
            pattern: "\"…,\" X of the Y Center for Z wrote (link words inside a capitalized tag)",
            text:
                "“A staged approach is a stretch for the board,” Jeffrey Lund of the Martin Center for Harbor Studies wrote.",
            content: "A staged approach is a stretch for the board,", kind: .direct,
            mention: "Jeffrey Lund of the Martin Center for Harbor Studies", speaker: "Jeffrey Lund", cue: "wrote",
            rule: "quote-said-after"),
        AttributionCase(
            pattern: "X claimed \"…\" … a \"…,\" and concluded … (a mixed clause runs over its later quoted fragments)",
            text:
                "The council claimed “the mayor overstates” the cost of the bridge through a “creative use of numbers,” and concluded his figures were “wrong.”",
            content: "the mayor overstates” the cost of the bridge through a “creative use of numbers", kind: .direct,
            mention: "The council", speaker: "council", cue: "claimed", rule: "quote-said-before"),
        AttributionCase(
            pattern: "X said … \"…\" and … \"…\" … (the later fragment of the clause is no statement of its own)",
            text: "Lind said the ferry was “too slow” and the new boats were “a waste” of the harbor's money.",
            content: "a waste", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "X said … \"…\" and Y said \"…\" (a later quote with its own attribution is another statement)",
            text: "In the survey, 40 percent said “very likely” and 12 percent said “not likely at all.”",
            content: "not likely at all.", kind: .direct, mention: "12 percent", speaker: nil, cue: "said",
            rule: "quote-said-before"),
        AttributionCase(
            pattern: "X ruled … \"…,\" but in … (a clause after a comma and 'but' is the writer's)",
            text:
                "Harbor Watch then ruled that the mayor's claim about “record ridership” in the city was “accurate,” but in the course of its report the group listed three errors.",
            content: "that the mayor's claim about “record ridership” in the city was “accurate", kind: .direct,
            mention: "Harbor Watch", speaker: "Harbor Watch", cue: "ruled", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X called Y \"…\" for his recently revealed … (a cue word used as an adjective)",
            text: "The lawyer Ada Lind called him “a genius” for his recently revealed plan to fix the pier.",
            content: "him “a genius” for his recently revealed plan to fix the pier", kind: .direct,
            mention: "The lawyer Ada Lind", speaker: "Ada Lind", cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "X called Y \"…\" and \"…\" as examples of … (one characterization, two quoted names)",
            text:
                "Rowe called the harbor master “Captain Sleepy” and “Admiral Nap” as examples of his scorn for the port.",
            content: "the harbor master “Captain Sleepy” and “Admiral Nap” as examples of his scorn for the port",
            kind: .direct, mention: "Rowe", speaker: "Rowe", cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "the second quoted name of a characterization is not a statement of its own",
            text:
                "Rowe called the harbor master “Captain Sleepy” and “Admiral Nap” as examples of his scorn for the port.",
            content: "Admiral Nap", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "what X called \"…\" + the main clause's verb (the tail stops before the verb)",
            text: "The dispute over whether the school is what Lind has called a “scam” took a new turn on Monday.",
            content: "what Lind has called a “scam", kind: .direct, mention: "Lind", speaker: "Lind", cue: "has called",
            rule: "quote-characterize"),
        AttributionCase(
            pattern: "what X called \"…\" + a verb and its object (the tail stops before the verb)",
            text: "The fight over what Senator Ada Lind called “a sham” ended the session early.",
            content: "what Senator Ada Lind called “a sham", kind: .direct, mention: "Senator Ada Lind",
            speaker: "Ada Lind",
            cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "what X called the \"…\" vision of … (a noun after the quote goes on)",
            text: "Lind denounced what she called the “deeply gloomy” vision of the harbor board.",
            content: "what she called the “deeply gloomy” vision of the harbor board", kind: .direct,
            mention: "Lind", speaker: "Lind", cue: "called", rule: "quote-characterize"),
        AttributionCase(
            pattern: "X calls Y \"…\" because … (a reason goes on with the characterization)",
            text: "Ada Lind calls the new pier “a mistake” because so few ferries stop there.",
            content: "the new pier “a mistake” because so few ferries stop there", kind: .direct, mention: "Ada Lind",
            speaker: "Ada Lind", cue: "calls", rule: "quote-characterize"),
        AttributionCase(
            pattern: "X likened Y to a \"…\" in a story about someone who … (a relative clause goes on)",
            text: "Rowe likened the toll to a “hungry goat” in a fable about a farmer who feeds it every day.",
            content: "the toll to a “hungry goat” in a fable about a farmer who feeds it every day", kind: .direct,
            mention: "Rowe", speaker: "Rowe", cue: "likened", rule: "quote-characterize"),
        AttributionCase(
            pattern: "X has used the phrase \"…\" often … (the quoted phrase alone is the statement)",
            text: "Lind has used the phrase “harbor tax” often in her speeches.",
            content: "harbor tax", kind: .direct, mention: "Lind", speaker: "Lind", cue: "used",
            rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X has coined a new term, \"…,\" to describe … (the quoted phrase alone is the statement)",
            text: "He has coined a new term, “ferry deserts,” to describe towns without a landing.",
            content: "ferry deserts,", kind: .direct, mention: "He", speaker: nil, cue: "coined",
            rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X said the words \"…\" were … (after a speech verb the phrase is the clause's subject)",
            text: "Lind said the words “sink or swim” were never hers to begin with.",
            content: "the words “sink or swim” were never hers to begin with", kind: .direct, mention: "Lind",
            speaker: "Lind", cue: "said", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "when X suggested that … \"…, …, …\" (a comma inside the quoted words does not end the clause)",
            text:
                "The mood shifted when Ada Lind suggested that the board “does not want the riders, all of you out there, to know what the ferry costs.”",
            content: "the board “does not want the riders, all of you out there, to know what the ferry costs",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "suggested", rule: "reported-that"),
        AttributionCase(
            pattern: "when X told Y that … \"…, …\" in … (the clause runs past a comma inside the quote)",
            text:
                "The crowd cheered when she told them that they had made “a thousand dents in the hardest, oldest wall” in the city.",
            content: "they had made “a thousand dents in the hardest, oldest wall” in the city", kind: .direct,
            mention: "she", speaker: nil, cue: "told", rule: "reported-that"),
        AttributionCase(
            pattern: "\"…,\" X said, that … (a that-clause after the tag completes the quoted sentence)",
            text: "“It is our bad luck,” she said, that both fires started near the old pier. The inquiry goes on.",
            content: "It is our bad luck,” she said, that both fires started near the old pier", kind: .direct,
            mention: "she", speaker: nil, cue: "said", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "\"…,\" X wrote in a letter to Y, that … \"…\" … (the clause runs over its own quoted words)",
            text:
                "“We are worried,” the members wrote in a letter to the mayor, that the ferry board “may have cut the night service” without notice.",
            content:
                "We are worried,” the members wrote in a letter to the mayor, that the ferry board “may have cut the night service” without notice",
            kind: .direct, mention: "the members", speaker: nil, cue: "wrote", rule: "quote-said-after+split"),
        AttributionCase(
            pattern: "X called Y a \"…,\" because … (a reason after a comma inside the marks goes on too)",
            text:
                "The Lind campaign called the board’s count a “rush to judgment,” because late ballots can still change the result.",
            content: "the board’s count a “rush to judgment,” because late ballots can still change the result",
            kind: .direct, mention: "The Lind campaign", speaker: "Lind campaign", cue: "called",
            rule: "quote-characterize"),
        AttributionCase(
            pattern: "X cautioned \"…,\" before … (a time clause after the quote is narration)",
            text:
                "Lind cautioned “let us not get ahead of ourselves,” before predicting that the vote would go her way.",
            content: "let us not get ahead of ourselves,", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "cautioned", rule: "quote-said-before"),
        AttributionCase(
            pattern: "X said, \"…\" until … (a time clause after the quote is narration)",
            text: "Asked about the ferry, Rowe said, “We have three weeks to go” until the vote.",
            content: "We have three weeks to go", kind: .direct, mention: "Rowe", speaker: "Rowe", cue: "said",
            rule: "quote-said-before"),
        AttributionCase(
            pattern:
                "X stressed … and said … : \"…\" (a second speech verb after a reported clause shares its subject)",
            text:
                "Mayor Ada Lind stressed her support for the new pier at the harbor fair on Sunday and said she has one clear wish for the whole old port: “Boats on time, every day, all year.”",
            content: "she has one clear wish for the whole old port: “Boats on time, every day, all year",
            kind: .direct,
            mention: "Mayor Ada Lind", speaker: "Ada Lind", cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern: "X told Y that … and thought … (a belief verb inside the that-clause is not X's second verb)",
            text: "Ada Lind told reporters that the captain knew the risks and thought the storm would pass by noon.",
            content: "the storm would pass by noon", kind: .reported, mention: nil, speaker: nil, cue: nil,
            rule: "none"),
        AttributionCase(
            pattern: "She’s claiming that … \"…\" (a contracted \"is\" after a pronoun is not a possessive)",
            text: "Ada Lind spoke at the pier. She’s claiming that the ferry count is “wrong by a mile” this year.",
            content: "that the ferry count is “wrong by a mile” this year", kind: .direct, mention: "She",
            speaker: "Ada Lind", cue: "claiming", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "He's said … (a contracted \"has\" before a speech verb)",
            text: "Tom Holm took questions. He's said the toll on the bridge is unfair to commuters.",
            content: "the toll on the bridge is unfair to commuters", kind: .reported, mention: "He",
            speaker: "Tom Holm", cue: "'s said", rule: "reported-said"),
        AttributionCase(
            pattern: "He’s calling Y \"…\" (a progressive with a contracted \"is\")",
            text: "Tom Holm took questions. He’s calling the toll “a tax on the poor.”",
            content: "the toll “a tax on the poor.", kind: .direct, mention: "He", speaker: "Tom Holm",
            cue: "’s calling", rule: "quote-characterize"),
        AttributionCase(
            pattern: "\"…,\" X said, going on to say that … \"…\" (\"to\" and a bare speech verb join the participle)",
            text:
                "“The toll is a disgrace,” Lind said, going on to say that the city has spent “decades fighting this.”",
            content: "that the city has spent “decades fighting this", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "going on to say", rule: "quote-participle"),
        AttributionCase(
            pattern: "\"<a quote of many sentences>,\" X said, going on to say … \"…\" (a sentence too long to search)",
            text: "“" + String(repeating: "We fixed the old pier. ", count: 40)
                + "The toll is a disgrace,” Lind said, going on to say that the city has spent “decades fighting this.”",
            content: "that the city has spent “decades fighting this", kind: .direct, mention: "Lind", speaker: "Lind",
            cue: "going on to say", rule: "quote-participle"),
        AttributionCase(
            pattern: "<opening clause>, X sent out a release saying … \"…\" (the publisher after the opening comma)",
            text:
                "Shortly after the hearing ended, the harbor board sent out a press release saying Lind owes “the town an apology for the delay.”",
            content: "Lind owes “the town an apology for the delay.", kind: .direct, mention: "the harbor board",
            speaker: "harbor board", cue: "saying", rule: "quote-participle"),
        AttributionCase(
            pattern: "X posted a string of messages late Tuesday saying that <a long clause> \"…\"",
            text:
                "Ada Lind posted a string of messages late Tuesday saying that her rival on the harbor board had once again lost track of the ferry budget and “lost the plot.”",
            content:
                "that her rival on the harbor board had once again lost track of the ferry budget and “lost the plot.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "saying", rule: "quote-participle"),
        AttributionCase(
            pattern: "X posted a string of messages saying <a long clause without \"that\"> \"…\" (too far)",
            text:
                "Ada Lind posted a string of messages on Tuesday night saying her rival on the harbor board had once again lost track of the ferry budget and “lost the plot.”",
            content: "her rival on the harbor board had once again lost track of the ferry budget and “lost the plot.",
            kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "X said … because \"…,\" she said. \"…\" (a quote after a tag that closes the sentence before)",
            text:
                "Ada Lind said she backed the levy because “most people never read the budget,” she said. “We have no idea where the money goes.”",
            content: "We have no idea where the money goes.", kind: .direct, mention: "she", speaker: "Ada Lind",
            cue: "said", rule: "quote-after-tag"),
        AttributionCase(
            pattern: "<clause with \"fragment,\"> X said. \"…\" (the reported clause keeps the quote after its tag)",
            text: "Yet the levy is “a bet on the port,” Ada Lind said. “We have no idea where the money goes.”",
            content: "Yet the levy is “a bet on the port,” Ada Lind said. “We have no idea where the money goes.",
            kind: .direct, mention: "Ada Lind", speaker: "Ada Lind", cue: "said", rule: "reported-said-after+split"),
        AttributionCase(
            pattern: "X called Y a \"…,\" adding that … \"…\" (a participle after a comma inside the closing mark)",
            text:
                "Mayor Ada Lind called the toll plan a “reckless idea,” adding that the harbor board “has lost its way.”",
            content: "that the harbor board “has lost its way.", kind: .direct, mention: "Mayor Ada Lind",
            speaker: "Ada Lind", cue: "adding", rule: "quote-participle"),
        AttributionCase(
            pattern: "X delivered a defense of \"…,\" saying … \"…\" (the sentence's subject goes on)",
            text:
                "Tom Holm delivered a warm defense of “harbor values,” saying the town embodied the “grit and heart of the coast.”",
            content: "the town embodied the “grit and heart of the coast.", kind: .direct, mention: "Tom Holm",
            speaker: "Tom Holm", cue: "saying", rule: "quote-participle"),
        AttributionCase(
            pattern: "X has praised Y as \"…,\" telling reporters … that … \"…\"",
            text:
                "Tom Holm has praised the ferry crews as “heroes,” telling reporters on Friday that the service is “a model for the state.”",
            content: "that the service is “a model for the state.", kind: .direct, mention: "Tom Holm",
            speaker: "Tom Holm", cue: "telling", rule: "quote-participle"),
        AttributionCase(
            pattern: "X called Y a \"…,\" adding that … (no speech tag near the participle: the sentence's subject)",
            text:
                "Mayor Ada Lind called the toll plan a “reckless idea,” adding that the harbor board had lost its way.",
            content: "the harbor board had lost its way", kind: .reported, mention: "Mayor Ada Lind",
            speaker: "Ada Lind",
            cue: "adding", rule: "reported-that"),
        AttributionCase(
            pattern:
                "\"…,\" X said at <a long adjunct>, adding that … \"…\" (up to 12 words between tag and participle)",
            text:
                "“The toll is a disgrace,” Lind said at a crowded rally in the old ferry hall, adding that the fee was “a tax on the poor.”",
            content: "the fee was “a tax on the poor", kind: .direct, mention: "Lind", speaker: "Lind", cue: "adding",
            rule: "reported-that"),
        AttributionCase(
            pattern: "Word, X said, … \"…\" (one word before an interposed tag)",
            text: "Tom Holm spoke last. Ferry-towns, he said, can “sail like schooners” and “steer like pilots.”",
            content: "Ferry-towns, he said, can “sail like schooners” and “steer like pilots", kind: .direct,
            mention: "he", speaker: "Tom Holm", cue: "said", rule: "reported-interposed"),
        AttributionCase(
            pattern: "X's doctor is calling Y \"…\" (a doctor is a role that speaks)",
            text: "Independent candidate Ada Lind’s doctor is calling the candidate “extremely fit for the job.”",
            content: "the candidate “extremely fit for the job.", kind: .direct,
            mention: "Independent candidate Ada Lind’s doctor", speaker: nil, cue: "is calling",
            rule: "quote-characterize"),
        AttributionCase(
            pattern: "<opening>, NAME of PLACE lauded … \"…\" (the place after \"of\" belongs to the subject)",
            text:
                "In January, Gov. Ada Lind of West Virginia lauded Mr. Holm in her annual address for helping develop “new and clever ideas.”",
            content: "Mr. Holm in her annual address for helping develop “new and clever ideas.", kind: .direct,
            mention: "Gov. Ada Lind", speaker: "Ada Lind", cue: "lauded", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "X, <appositive>, compared Y to … \"…\" (an aside between the subject and its verb)",
            text:
                "Tom Holm, the director of debate at the Harbor College, compared Lind to a coach at a game who is “working the referees” in hopes that “they'll go easier” on her.",
            content: "Lind to a coach at a game who is “working the referees” in hopes that “they'll go easier” on her",
            kind: .direct,
            mention: "Tom Holm", speaker: "Tom Holm", cue: "compared", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "Y, X said, has … \"…\" (an aside with a cue is an interposed tag, not the subject's appositive)",
            text: "Ada Lind spoke. The mayor, Lind said, has created a “strange, rule-free zone.”",
            content: "The mayor, Lind said, has created a “strange, rule-free zone", kind: .direct, mention: "Lind",
            speaker: "Ada Lind", cue: "said", rule: "reported-interposed"),
        AttributionCase(
            pattern:
                "X (D-Maine), in particular, has been pounding Y as a \"…\" (a label and an aside before the verb)",
            text:
                "Sen. Ada Lind (D-Maine), in particular, has been steadily pounding Holm as a “con artist” this week.",
            content: "Holm as a “con artist” this week", kind: .direct, mention: "Sen. Ada Lind", speaker: "Ada Lind",
            cue: "pounding", rule: "quote-characterize-as"),
        AttributionCase(
            pattern: "X ripped Y for acting as \"…\" (\"as\" after a gerund is no characterization)",
            text:
                "Tom Holm, the mayor's fired aide, ripped the harbor chief for acting as “the judge and the jury” in the ferry case.",
            content: "the harbor chief for acting as “the judge and the jury” in the ferry case", kind: .direct,
            mention: "Tom Holm", speaker: "Tom Holm", cue: "ripped", rule: "quote-mixed-clause"),
        AttributionCase(
            pattern: "Lamenting the \"…,\" X accused … (an opening participle of speech; the main subject speaks)",
            text: "Lamenting the “rigged ferry system,” Lind accused Holm of being a shill.",
            content: "the “rigged ferry system,", kind: .direct, mention: "Lind", speaker: "Lind", cue: "Lamenting",
            rule: "quote-opening-participle"),
        AttributionCase(
            pattern: "Citing \"…,\" X's spokeswoman said … (the subject found from the speech verb)",
            text: "Citing “obligations in Maine,” the former mayor’s spokeswoman said she would skip the vote.",
            content: "obligations in Maine,", kind: .direct, mention: "the former mayor’s spokeswoman", speaker: nil,
            cue: "Citing", rule: "quote-opening-participle"),
        AttributionCase(
            pattern: "Walking into … to chants of \"…,\" X said … (no verb of speech or quoting: not X's words)",
            text: "Walking into the hall to chants of “Lind! Lind!,” the mayor said her campaign was strong.",
            content: "Lind! Lind!,", kind: .direct, mention: nil, speaker: nil, cue: nil, rule: "none"),
        AttributionCase(
            pattern: "Choosing between X and Y is a \"…,\" she said (a gerund subject, not an opening participle)",
            text: "Choosing between Lind and Holm is a “false choice,” she said.",
            content: "Choosing between Lind and Holm is a “false choice", kind: .direct, mention: "she", speaker: nil,
            cue: "said", rule: "reported-said-after"),
        AttributionCase(
            pattern: "Then he cut into Y, calling her a \"…\" (\"Then\" before a pronoun opens no adjunct)",
            text: "Tom Holm spoke first. Then he cut into Lind, calling her a “stiff” at the end.",
            content: "her a “stiff” at the end", kind: .direct, mention: "he", speaker: "Tom Holm", cue: "calling",
            rule: "quote-characterize"),
        AttributionCase(
            pattern: "When she was …, she offered up this line: \"…\" (a subordinate clause still opens an adjunct)",
            text:
                "Ada Lind took the stage. When she was talking about the ferry, she offered up this line: “We will put the toll collectors out of business.”",
            content: "We will put the toll collectors out of business.", kind: .direct, mention: "she",
            speaker: "Ada Lind", cue: "offered up this line:", rule: "quote-colon-intro"),
        AttributionCase(
            pattern: "After saying … \"…,\" she was … (a subordinator before the opening participle)",
            text:
                "Ada Lind wrote a memoir. After saying her left knee was “so sore I could barely walk,” she was rushed to the clinic.",
            content: "her left knee was “so sore I could barely walk,", kind: .direct, mention: "she",
            speaker: "Ada Lind",
            cue: "saying", rule: "quote-opening-participle"),
        AttributionCase(
            pattern: "X told <addressee with mangled letters> … that \"…\" (a symbol glued inside a word)",
            text:
                "Tom Holm spoke. He also told one of his young harbor protegÃ©s on a regular basis that “tolls are theft.”",
            content: "tolls are theft", kind: .direct, mention: "He", speaker: "Tom Holm", cue: "also told",
            rule: "reported-that"),
        AttributionCase(
            pattern:
                "X said … . \"…\" ending the paragraph (a reported clause with its cue before it takes the quote too)",
            text:
                "Tom Holm said the ferry had made progress in the face of the storms. “I really believe the crews did an incredible job.”",
            content:
                "the ferry had made progress in the face of the storms. “I really believe the crews did an incredible job.",
            kind: .direct, mention: "Tom Holm", speaker: "Tom Holm", cue: "said", rule: "reported-said+split"),
        AttributionCase(
            pattern:
                "X said that … \"…,\" but he said that … \"…\" (a pronoun and its own cue after \"but\" end the clause)",
            text:
                "Tom Holm said that the ferry schedule for the long and dark winter months did not give “any real relief,” but he said that the new boats “help a lot” on weekends.",
            content: "the new boats “help a lot” on weekends", kind: .direct, mention: "he", speaker: "Tom Holm",
            cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern: "X said … , but he said … (the first clause ends before \"but he said\")",
            text:
                "Tom Holm said the ferry schedule did not help the town at all, but he said the new boats were a good start.",
            content: "the ferry schedule did not help the town at all", kind: .reported, mention: "Tom Holm",
            speaker: "Tom Holm", cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern:
                "X said that … \"…,\" but he said that … \"…\" (after a mixed clause: the pronoun's own statement)",
            text:
                "Tom Holm said that the ferry would not give “any real relief to commuters,” but he said that the new schedule “helps a lot” on weekends.",
            content: "the new schedule “helps a lot” on weekends", kind: .direct, mention: "he", speaker: "Tom Holm",
            cue: "said", rule: "reported-that"),
        AttributionCase(
            pattern:
                "X said … , and he added that … (a pronoun's cue with a that-clause after \"and\" starts a statement)",
            text:
                "Tom Holm said the ferry schedule did not help the town at all, and he added that the new boats were a good start.",
            content: "the new boats were a good start", kind: .reported, mention: "he", speaker: "Tom Holm",
            cue: "added",
            rule: "reported-that"),
        AttributionCase(
            pattern: "X said … , and he vowed to … (no that-clause after \"and\": the first clause goes on)",
            text:
                "Tom Holm said the ferry schedule did not help the town at all, and he vowed to fix the boats by spring.",
            content: "the ferry schedule did not help the town at all, and he vowed to fix the boats by spring",
            kind: .reported, mention: "Tom Holm", speaker: "Tom Holm", cue: "said", rule: "reported-said"),
        AttributionCase(
            pattern:
                "X, <appositive>, urged … , saying that … \"…\" (an aside before the verb of a participle's subject)",
            text:
                "Tom Holm, the harbor chief, urged a strong stand on the ferry budget at the long Monday meeting of the board, saying that otherwise the town would be “walked all over.”",
            content: "that otherwise the town would be “walked all over.", kind: .direct, mention: "Tom Holm",
            speaker: "Tom Holm", cue: "saying", rule: "quote-participle"),
        AttributionCase(
            pattern: "X told a town hall in City, State on Monday that … (a place's comma inside the addressee)",
            text: "Tom Holm told a town hall in Salem, Oregon on Monday that the toll was a disgrace.",
            content: "the toll was a disgrace", kind: .reported, mention: "Tom Holm", speaker: "Tom Holm", cue: "told",
            rule: "reported-that"),
    ]

    @Test(arguments: cases)
    func findsStatement(_ c: AttributionCase) throws {
        let statements = AttributionExtractor().extract(from: c.text)
        if c.rule == "none" {
            #expect(!statements.contains { $0.text == c.content })
            return
        }
        let found = try #require(statements.first { $0.text == c.content }, "no statement with content \(c.content)")
        #expect(found.kind == c.kind)
        if c.rule.isEmpty { return }
        #expect(found.speakerMention == c.mention)
        #expect(found.speaker == c.speaker)
        #expect(found.cue == c.cue)
        #expect(found.rule.hasPrefix(c.rule), "rule was \(found.rule)")
        #expect(found.confidence > 0 && found.confidence <= 1)
    }

    @Test func continuationParagraphExtendsTheStatement() throws {
        let text = """
            “The harbor is full,” said Captain Rui Alves.

            “We turn ships away every night, and the owners know it.”
            """
        let statements = AttributionExtractor().extract(from: text)
        let s = try #require(statements.first)
        #expect(statements.count == 1)
        #expect(s.segments.count == 2)
        #expect(s.rule == "quote-said-after+continuation")
        #expect(s.speaker == "Rui Alves")
        #expect(s.text.hasSuffix("the owners know it."))
        #expect(s.confidence < 0.9)
    }

    @Test func multiParagraphQuoteIsOneStatement() throws {
        let text = """
            Alves said: “The first winter was hard.

            “The second was worse, and we sold the boats.”
            """
        let statements = AttributionExtractor().extract(from: text)
        let s = try #require(statements.first)
        #expect(statements.count == 1)
        #expect(s.text.hasPrefix("The first winter"))
        #expect(s.text.hasSuffix("sold the boats."))
    }

    @Test func unbalancedQuoteRecoversAtParagraphEnd() throws {
        let text = "Okafor said, “The count is wrong and we will appeal\n\nThe board met later."
        let statements = AttributionExtractor().extract(from: text)
        let s = try #require(statements.first)
        #expect(s.text == "The count is wrong and we will appeal")
        #expect(s.speaker == "Okafor")
    }

    @Test func scareQuotesAreNotStatements() {
        let text = "The so-called “reform” passed on a quiet Friday afternoon."
        #expect(AttributionExtractor().extract(from: text).isEmpty)
    }

    @Test func boilerplateLinesAreSkipped() {
        let text = """
            Also Read | “We will win,” says coach in surprise interview

            Click here to subscribe, the editors said.
            """
        #expect(AttributionExtractor().extract(from: text).isEmpty)
    }

    @Test func identifierCombinesNameAndVersion() {
        let e = AttributionExtractor()
        #expect(e.name == "onrecord-rules")
        #expect(e.identifier == "onrecord-rules@\(e.version)")
    }
}
