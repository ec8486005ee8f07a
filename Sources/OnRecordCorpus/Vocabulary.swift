/// Word lists for ``SyntheticCorpus``. All people and outlets are fictional.
enum Vocabulary {
    static let firstNames = [
        "Anna", "Marek", "Olena", "Tomasz", "Ingrid", "Samuel", "Leila", "Jonas", "Priya", "Mateo", "Yuki", "Fatima",
        "Henrik", "Chiara", "Dmitar", "Amara", "Lucas", "Sofia", "Kwame", "Elif",
    ]
    static let surnames = [
        "Kovalenko", "Lindqvist", "Okafor", "Brandt", "Moreau", "Haddad", "Novak", "Takahashi", "Silva", "Petrov",
        "Andersen", "Rossi", "Mensah", "Yilmaz", "Fischer", "Dubois", "Kowalczyk", "Nakamura", "Costa", "Varga",
    ]
    static let titles = [
        "Finance Minister", "Prime Minister", "central bank governor", "opposition leader", "Mayor",
        "Health Minister", "union leader", "Foreign Minister", "economist", "spokesperson",
    ]
    /// Sixty speakers: each first name with three surnames, so surnames are shared between people.
    static let speakers: [Speaker] = (0..<60).map { index in
        Speaker(
            title: titles[index % titles.count],
            name: "\(firstNames[index % firstNames.count]) \(surnames[(index * 7 + index / 20) % surnames.count])")
    }
    static let outlets = [
        Outlet(name: "The Daily Ledger", domain: "daily-ledger.example"),
        Outlet(name: "Northern Courier", domain: "northern-courier.example"),
        Outlet(name: "Harbour Times", domain: "harbour-times.example"),
        Outlet(name: "Capital Wire", domain: "capital-wire.example"),
        Outlet(name: "Evening Standard Gazette", domain: "esg.example"),
        Outlet(name: "Metro Observer", domain: "metro-observer.example"),
    ]
    static let bylines = ["Maria Ek", "John Hale", "Ana Ruiz", "Wire staff", "Kai Berg", "Nora Lund"]
    static let cues = ["said", "said", "said", "told reporters", "added", "warned", "insisted", "argued", "noted"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let generic = [
        "The ministry did not respond to a request for further comment.",
        "Officials are expected to meet again next week to review the plan.",
        "Markets moved little after the announcement, with bond yields broadly unchanged.",
        "The proposal still needs the approval of parliament before it can take effect.",
        "Critics have questioned whether the timetable is realistic given the current budget.",
        "Similar measures were introduced in neighbouring countries last year with mixed results.",
        "A full transcript of the briefing was published on the government website.",
        "Several regional leaders have yet to say whether they support the plan.",
        "Analysts said the details would matter more than the headline figures.",
        "The debate is likely to continue well into the autumn session.",
    ]
    static let topics = [
        Topic(
            slug: "budget", subject: "a tighter budget", headlineVerb: "defends",
            claims: [
                "we will not raise taxes on working families this year",
                "the deficit will fall below three percent by the end of next year",
                "every ministry must find savings without cutting frontline services",
                "this budget protects pensions and invests in schools",
                "borrowing more now would only push the burden onto our children",
                "the numbers simply do not add up",
                "we have been clear from the start about the cost of these measures",
                "growth will return once confidence is restored",
            ],
            background: [
                "The government presented its spending plan to parliament on Tuesday after weeks of negotiation.",
                "The plan includes cuts to administrative costs and a freeze on public sector hiring.",
                "Opposition parties have criticised the plan as unfair to low-income households.",
                "The finance ministry estimates the measures will save about four billion over two years.",
                "Inflation has eased in recent months but remains above the central bank's target.",
                "Public sector unions have threatened strikes if wages are frozen again.",
            ]),
        Topic(
            slug: "transit", subject: "the new metro line", headlineVerb: "backs",
            claims: [
                "the new line will cut commuting times in half for the eastern districts",
                "construction will begin before the end of the year",
                "we underestimated the cost of tunnelling under the river",
                "residents deserve a reliable service and they will get one",
                "fares will not rise while the line is being built",
                "the project is already two years behind schedule",
                "the city cannot afford another delay",
                "this is the biggest investment in public transport in a generation",
            ],
            background: [
                "The line would connect the eastern suburbs with the city centre and the airport.",
                "The project has been debated for more than a decade.",
                "Engineers found unstable ground near the planned central station last spring.",
                "The city council approved a revised budget for the project in March.",
                "Commuters currently rely on overcrowded buses on the main eastern corridor.",
                "Tenders for the tunnelling contract are expected to close in the autumn.",
            ]),
        Topic(
            slug: "health", subject: "hospital waiting lists", headlineVerb: "promises action on",
            claims: [
                "no patient should wait more than a year for surgery",
                "we are hiring two thousand more nurses this year",
                "the waiting lists are the result of years of underinvestment",
                "the emergency departments are under unbearable pressure",
                "private clinics will help clear the backlog",
                "staff are exhausted and many are leaving the profession",
                "we expect waiting times to fall by the summer",
                "the reform puts patients first",
            ],
            background: [
                "More than half a million people are on waiting lists for planned treatment.",
                "The health ministry published new figures on Thursday.",
                "Hospital managers have warned of staff shortages in rural areas.",
                "Nursing unions have called for higher pay and safer staffing levels.",
                "The reform would allow patients to choose treatment at private clinics at public expense.",
                "Winter infections have added to the pressure on emergency departments.",
            ]),
        Topic(
            slug: "energy", subject: "energy prices", headlineVerb: "warns on",
            claims: [
                "household bills will come down by the spring",
                "we will cap prices for vulnerable customers",
                "the country must cut its dependence on imported gas",
                "the subsidy is unsustainable in the long run",
                "renewable energy is now the cheapest source of new power",
                "nobody will be left to choose between heating and eating",
                "energy companies must share their windfall profits",
                "the grid needs urgent investment",
            ],
            background: [
                "Wholesale gas prices rose sharply over the winter.",
                "The regulator is due to announce the new price cap next month.",
                "Several small suppliers have gone out of business since last year.",
                "The government has spent billions on support for household bills.",
                "Wind and solar projects have faced delays in connecting to the grid.",
                "Consumer groups say many households are already behind on payments.",
            ]),
        Topic(
            slug: "housing", subject: "the housing shortage", headlineVerb: "pledges to tackle",
            claims: [
                "we will build one hundred thousand homes over the next five years",
                "rents have risen faster than wages for far too long",
                "young people are being shut out of the housing market",
                "planning rules must be simplified",
                "the target is ambitious but achievable",
                "landlords will face new obligations to maintain their properties",
                "the plan does nothing for people renting today",
                "we cannot simply build our way out of this crisis",
            ],
            background: [
                "Average rents in the capital rose by eleven percent last year.",
                "Construction firms have complained about rising material costs.",
                "The housing ministry said it would publish a detailed plan in the spring.",
                "Tenant groups have organised protests in several cities.",
                "The number of new building permits fell for the third year in a row.",
                "Local authorities say they lack the staff to process planning applications quickly.",
            ]),
        Topic(
            slug: "trade", subject: "the trade agreement", headlineVerb: "hails",
            claims: [
                "this agreement opens new markets for our farmers and manufacturers",
                "the deal was negotiated behind closed doors",
                "tariffs on machinery will be removed within three years",
                "we have protected our food standards",
                "small businesses will benefit the most",
                "the agreement is a good start but not the end of the road",
                "our partners have made real concessions",
                "jobs in the steel industry are at risk",
            ],
            background: [
                "Negotiators reached a provisional agreement late on Sunday after three years of talks.",
                "The agreement must still be ratified by both parliaments.",
                "Farmers' associations have raised concerns about imports of cheaper meat.",
                "Exports to the region grew by six percent last year.",
                "The deal covers goods, services and public procurement.",
                "Environmental groups have called for stronger climate commitments in the text.",
            ]),
    ]
}
