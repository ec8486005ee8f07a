import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// One statement of a test article: its words, who said it (as the extractor resolved it) and the mention.
struct SaidInArticle {
    var quote: String
    var speaker: String?
    var mention: String?
    var kind: ActorKind = .person
}

/// Helpers of the actor tests, namespaced so they cannot clash with other suites' helpers.
enum ActorTestSupport {
    /// Stores an article made of the given statements (each quoted on its own line) and returns its id.
    @discardableResult
    static func ingest(
        _ db: OnRecordDatabase, on date: String?, _ said: [SaidInArticle], reextract: Bool = false,
        extractor: String = "t@1"
    ) throws -> Int64 {
        let text = said.map { "\($0.mention ?? "Someone") said, \"\($0.quote)\"" }.joined(separator: "\n")
        let statements = said.map {
            statement($0.quote, in: text, speaker: $0.speaker, mention: $0.mention, speakerKind: $0.kind)
        }
        let outcome = try db.ingest(
            Article(text: text, publishedAt: date), statements: statements, extractor: extractor,
            replacingExisting: reextract, at: fixedDate)
        switch outcome {
        case .stored(let id, _, _), .unchanged(let id), .reextracted(let id, _, _), .newVersion(let id, _, _, _, _):
            return id
        }
    }

    /// Who each statement of the database is linked to, by quote (nil: unlinked).
    static func linkedActors(_ db: OnRecordDatabase) throws -> [String: String?] {
        let rows = try db.read { db in
            try Row.fetchAll(db, sql: "SELECT s.text, a.name FROM statements s LEFT JOIN actors a ON a.id = s.actor_id")
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["text"] as String, $0["name"] as String?) })
    }

    static func actorCount(_ db: OnRecordDatabase, kind: String? = nil) throws -> Int {
        try db.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM actors WHERE ?1 IS NULL OR kind = ?1", arguments: [kind])
                ?? 0
        }
    }
}

struct ActorLinkerTests {
    @Test func fullNameLinksToTheActorWithThatNameOrAnAliasOfIt() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-04-02",
            [SaidInArticle(quote: "One.", speaker: "Mykola Zabolotsky", mention: "Mykola Zabolotsky")])
        try ActorTestSupport.ingest(
            db, on: "2022-04-20",
            [SaidInArticle(quote: "Two.", speaker: "Mykola Zabolotskyy", mention: "Mr. Zabolotskyy")])
        try ActorTestSupport.ingest(
            db, on: "2022-04-21",
            [
                SaidInArticle(
                    quote: "Three.", speaker: "Mykola Zabolotskiy",
                    mention: "Deputy Foreign Minister Mykola Zabolotskiy")
            ])
        #expect(
            try ActorTestSupport.linkedActors(db) == [
                "One.": "Mykola Zabolotsky", "Two.": "Mykola Zabolotsky", "Three.": "Mykola Zabolotsky",
            ])
        #expect(try ActorTestSupport.actorCount(db) == 1)
    }

    @Test func titlesBeforeTheNameAreNotPartOfIt() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-03-20",
            [SaidInArticle(quote: "One.", speaker: "United Nations Secretary-General António Guterres", mention: nil)])
        try ActorTestSupport.ingest(
            db, on: "2022-09-21",
            [SaidInArticle(quote: "Two.", speaker: "Secretary-General António Guterres", mention: "Guterres")])
        #expect(try ActorTestSupport.linkedActors(db) == ["One.": "António Guterres", "Two.": "António Guterres"])
    }

    @Test func initialsLinkOnlyWhenOnePersonFits() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-04-02",
            [SaidInArticle(quote: "One.", speaker: "Mykola Zabolotsky", mention: "Mykola Zabolotsky")])
        try ActorTestSupport.ingest(
            db, on: "2022-05-03", [SaidInArticle(quote: "Two.", speaker: "M. Zabolotskiy", mention: "M. Zabolotskiy")])
        try ActorTestSupport.ingest(
            db, on: "2022-05-04",
            [
                SaidInArticle(quote: "Three.", speaker: "Joe Biden", mention: nil),
                SaidInArticle(quote: "Four.", speaker: "Jill Biden", mention: nil),
            ])
        try ActorTestSupport.ingest(
            db, on: "2022-05-05", [SaidInArticle(quote: "Five.", speaker: "J. Biden", mention: "J. Biden")])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["Two."] == "Mykola Zabolotsky")
        #expect(linked["Five."] == .some(nil), "J. Biden fits Joe and Jill: left unlinked")
        #expect(try ActorTestSupport.actorCount(db) == 3)
    }

    @Test func twoPeopleWithTheSameSurnameStayTwoActors() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-06-01", [SaidInArticle(quote: "Prices.", speaker: "Anna Kravets", mention: "Anna Kravets")])
        try ActorTestSupport.ingest(
            db, on: "2022-06-05",
            [
                SaidInArticle(quote: "Stadium.", speaker: "Petro Kravets", mention: "Petro Kravets"),
                SaidInArticle(quote: "Not safe.", speaker: "Kravets", mention: "Kravets"),
            ])
        try ActorTestSupport.ingest(
            db, on: "2022-06-10", [SaidInArticle(quote: "Nobody planned.", speaker: "Kravets", mention: "Kravets")])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["Prices."] == "Anna Kravets")
        #expect(linked["Stadium."] == "Petro Kravets")
        #expect(linked["Not safe."] == "Petro Kravets", "a surname links within its document first")
        #expect(linked["Nobody planned."] == .some(nil), "two Kravets are known: ambiguous, so unlinked")
        #expect(try ActorTestSupport.actorCount(db) == 2)
        let mention = try db.read {
            try String.fetchOne($0, sql: "SELECT speaker_mention FROM statements WHERE actor_id IS NULL")
        }
        #expect(mention == "Kravets", "an unlinked statement keeps its mention")
    }

    @Test func surnameAloneLinksToTheOnlyKnownActorWithIt() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-08-01", [SaidInArticle(quote: "Alliance.", speaker: "Clara Smith", mention: "Clara Smith")])
        try ActorTestSupport.ingest(
            db, on: "2022-08-03", [SaidInArticle(quote: "Recruits.", speaker: "Smith", mention: "Smith")])
        #expect(try ActorTestSupport.linkedActors(db)["Recruits."] == "Clara Smith")
    }

    @Test func aSurnameOnlyActorIsNotTakenForALaterFullName() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2016-09-10", [SaidInArticle(quote: "Barack.", speaker: "Obama", mention: "Obama")])
        try ActorTestSupport.ingest(
            db, on: "2016-09-12",
            [SaidInArticle(quote: "Michelle.", speaker: "Michelle Obama", mention: "Michelle Obama")])
        try ActorTestSupport.ingest(
            db, on: "2016-09-14", [SaidInArticle(quote: "Who?", speaker: "Obama", mention: "Obama")])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["Barack."] == "Obama")
        #expect(linked["Michelle."] == "Michelle Obama")
        #expect(linked["Who?"] == .some(nil), "'Obama' could be either: unlinked")
    }

    @Test func theAndANameIsNeverAPerson() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2016-09-01", [SaidInArticle(quote: "A.", speaker: "Anita Hill", mention: "Anita Hill")])
        try ActorTestSupport.ingest(
            db, on: "2016-09-02", [SaidInArticle(quote: "B.", speaker: "Hill", mention: "The Hill")])
        let kinds = try db.read { db in
            try String.fetchAll(
                db, sql: "SELECT a.kind FROM statements s JOIN actors a ON a.id = s.actor_id ORDER BY s.id")
        }
        #expect(kinds == ["person", "organization"])
    }

    @Test func aPlaceAndAPersonWithThatSurnameStayApart() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-05-10",
            [SaidInArticle(quote: "Sanctions.", speaker: "Washington", mention: "Washington", kind: .organization)])
        try ActorTestSupport.ingest(
            db, on: "2022-05-12",
            [
                SaidInArticle(
                    quote: "Vote.", speaker: "Grace Washington", mention: "Senator Grace Washington",
                    kind: .organization),
                SaidInArticle(quote: "Undone.", speaker: "Washington", mention: "Washington", kind: .organization),
            ])
        try ActorTestSupport.ingest(
            db, on: "2022-05-14",
            [
                SaidInArticle(quote: "Hurt.", speaker: "Moscow", mention: "Moscow", kind: .organization),
                SaidInArticle(quote: "More names.", speaker: "Washington", mention: "Washington", kind: .organization),
            ])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["Sanctions."] == "Washington")
        #expect(linked["Vote."] == "Grace Washington")
        #expect(linked["Undone."] == "Grace Washington", "in her own article, 'Washington' is the senator")
        #expect(linked["More names."] == "Washington")
        #expect(linked["Hurt."] == "Moscow")
        let kinds = try db.read { try Row.fetchAll($0, sql: "SELECT name, kind FROM actors ORDER BY name") }
        #expect(
            kinds.map { "\($0["name"] as String)=\($0["kind"] as String)" }
                == ["Grace Washington=person", "Moscow=organization", "Washington=organization"])
    }

    @Test func aPersonNeverLinksToAnOrganizationNorTheReverse() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-05-10",
            [SaidInArticle(quote: "Org.", speaker: "Washington", mention: "Washington", kind: .organization)])
        try ActorTestSupport.ingest(
            db, on: "2022-05-11",
            [SaidInArticle(quote: "Person.", speaker: "Washington", mention: "Washington", kind: .person)])
        let kinds = try db.read { db in
            try String.fetchAll(
                db, sql: "SELECT a.kind FROM statements s JOIN actors a ON a.id = s.actor_id ORDER BY s.id")
        }
        #expect(kinds == ["organization", "person"])
        #expect(try ActorTestSupport.actorCount(db, kind: "organization") == 1)
        #expect(try ActorTestSupport.actorCount(db, kind: "person") == 1)
    }

    @Test func builtInOrganizationAliasesMeetInOneActor() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-10-05",
            [
                SaidInArticle(quote: "Two billion.", speaker: "The U.N.", mention: "The U.N.", kind: .organization),
                SaidInArticle(
                    quote: "Four towns.", speaker: "United Nations", mention: "The United Nations", kind: .person),
                SaidInArticle(quote: "Kremlin one.", speaker: "Kremlin", mention: "The Kremlin", kind: .organization),
            ])
        try ActorTestSupport.ingest(
            db, on: "2022-10-06",
            [
                SaidInArticle(quote: "Agencies.", speaker: "UN", mention: "the UN", kind: .unknown),
                SaidInArticle(quote: "Unresolved.", speaker: nil, mention: "The U.N.", kind: .unknown),
            ])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["Two billion."] == "United Nations")
        #expect(linked["Four towns."] == "United Nations")
        #expect(linked["Agencies."] == "United Nations")
        #expect(linked["Unresolved."] == "United Nations", "a mention naming a known organization is enough")
        #expect(linked["Kremlin one."] == "Kremlin")
        #expect(try db.resolveActor(named: "U.N.").name == "United Nations")
        #expect(try db.resolveActor(named: "the Kremlin").kind == .organization)
    }

    @Test func aRoleLearnedFromAnAppositionResolvesADescriptionByDate() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-03-15",
            [SaidInArticle(quote: "Skies.", speaker: "Kadri Tamm", mention: "Estonian Foreign Minister Kadri Tamm")])
        try ActorTestSupport.ingest(
            db, on: "2022-09-01",
            [SaidInArticle(quote: "Continuity.", speaker: "Jaan Sepp", mention: "Estonian Foreign Minister Jaan Sepp")])
        // The extractor sometimes hands over a word of the description as the speaker; it is not a name.
        try ActorTestSupport.ingest(
            db, on: "2022-04-10",
            [SaidInArticle(quote: "Sanctions.", speaker: "Estonian", mention: "The Estonian foreign minister")])
        try ActorTestSupport.ingest(
            db, on: "2022-10-20",
            [SaidInArticle(quote: "Convoy.", speaker: nil, mention: "the Estonian foreign minister")])
        try ActorTestSupport.ingest(
            db, on: nil, [SaidInArticle(quote: "Undated.", speaker: nil, mention: "Estonia's foreign minister")])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["Sanctions."] == "Kadri Tamm")
        #expect(linked["Convoy."] == "Jaan Sepp")
        #expect(linked["Undated."] == .some(nil), "two holders and no date: unlinked")
        let roles = try db.read {
            try Row.fetchAll($0, sql: "SELECT role, role_key, source FROM actor_roles ORDER BY id")
        }
        #expect(roles.first?["role"] == "foreign minister of Estonia")
        #expect(roles.first?["role_key"] == "foreign minister of estonia")
        #expect(roles.first?["source"] == "learned")
    }

    @Test func aDescriptionResolvesWithinItsDocumentFirst() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-05-01",
            [
                SaidInArticle(quote: "A.", speaker: "Dmitry Peskov", mention: "Kremlin spokesman Dmitry Peskov"),
                SaidInArticle(quote: "B.", speaker: nil, mention: "the Kremlin spokesman"),
            ])
        #expect(try ActorTestSupport.linkedActors(db)["B."] == "Dmitry Peskov")
        #expect(try db.resolveActor(named: "Kremlin spokesman").name == "Dmitry Peskov")
    }

    @Test func aDescriptionWithoutAPlaceResolvesOnlyWithinItsDocument() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-03-20",
            [SaidInArticle(quote: "A.", speaker: "António Guterres", mention: "Secretary-General António Guterres")])
        try ActorTestSupport.ingest(
            db, on: "2022-03-21", [SaidInArticle(quote: "B.", speaker: nil, mention: "the secretary-general")])
        try ActorTestSupport.ingest(
            db, on: nil,
            [
                SaidInArticle(quote: "C.", speaker: "Guterres", mention: "Guterres"),
                SaidInArticle(quote: "D.", speaker: nil, mention: "The secretary-general"),
            ])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["B."] == .some(nil), "the only secretary-general we know of is still a guess in another article")
        #expect(linked["D."] == "António Guterres", "named in the same article")
    }

    @Test func formerAndIndefiniteDescriptionsAreNotResolved() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-05-01",
            [SaidInArticle(quote: "A.", speaker: "Dmitry Peskov", mention: "Kremlin spokesman Dmitry Peskov")])
        try ActorTestSupport.ingest(
            db, on: "2022-05-02",
            [
                SaidInArticle(quote: "B.", speaker: nil, mention: "a Kremlin spokesman"),
                SaidInArticle(quote: "C.", speaker: nil, mention: "the former Kremlin spokesman"),
            ])
        let linked = try ActorTestSupport.linkedActors(db)
        #expect(linked["B."] == .some(nil))
        #expect(linked["C."] == .some(nil))
    }

    /// The seed article as the extractor resolves it: seven statements, five by Zelensky (one only described
    /// as "The Ukrainian president"), then "The latter" (Ukraine) and "the former" (Russia).
    @Test func seedArticleStatementsResolveToZelenskyUkraineAndRussia() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-03-20",
            [
                SaidInArticle(
                    quote: "talks", speaker: "Volodymyr Zelensky", mention: "Ukraine president Volodymyr Zelensky"),
                SaidInArticle(quote: "time to talk", speaker: "Zelensky", mention: "Zelensky"),
                SaidInArticle(quote: "worsening", speaker: nil, mention: "The Ukrainian president"),
                SaidInArticle(quote: "honest negotiations", speaker: "Volodymyr Zelensky", mention: "He"),
                SaidInArticle(quote: "We always insisted", speaker: "Zelensky", mention: "Zelensky"),
                SaidInArticle(quote: "some progress", speaker: "Ukraine", mention: "The latter", kind: .organization),
                SaidInArticle(quote: "goals", speaker: "Russia", mention: "the former", kind: .organization),
            ])
        let names = try db.read { db in
            try Row.fetchAll(
                db, sql: "SELECT a.name FROM statements s LEFT JOIN actors a ON a.id = s.actor_id ORDER BY s.id"
            )
            .map { $0["name"] as String? }
        }
        #expect(names == Array(repeating: "Volodymyr Zelensky", count: 5) + ["Ukraine", "Russia"])
        #expect(try db.resolveActor(named: "Russia").kind == .organization)
        #expect(try db.resolveActor(named: "the Ukrainian president").name == "Volodymyr Zelensky")
    }

    @Test func everyStatementRecordsHowItWasLinked() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-05-01",
            [
                SaidInArticle(quote: "A.", speaker: "Dmitry Peskov", mention: "Kremlin spokesman Dmitry Peskov"),
                SaidInArticle(quote: "B.", speaker: "Peskov", mention: "Peskov"),
                SaidInArticle(quote: "C.", speaker: nil, mention: "the Kremlin spokesman"),
                SaidInArticle(quote: "D.", speaker: nil, mention: "Several ministers"),
            ])
        let rules = try db.read {
            try String.fetchAll($0, sql: "SELECT rule FROM statement_links ORDER BY statement_id")
        }
        #expect(rules == ["new", "document", "role-document", "none"])
    }
}
