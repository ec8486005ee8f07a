import Foundation
import GRDB
import OnRecordCore
import Testing

@testable import OnRecordStore

/// The corpus of the curation tests: two spellings automatic linking keeps apart (to merge) and a surname
/// linked to the wrong Smith (to split).
private func curationCorpus() throws -> (OnRecordDatabase, reingest: () throws -> Void) {
    let db = try OnRecordDatabase.inMemory()
    let articles: [(String, [SaidInArticle])] = [
        (
            "2022-07-01",
            [SaidInArticle(quote: "Grid holds.", speaker: "Oleh Symonenko", mention: "Energy Minister Oleh Symonenko")]
        ),
        ("2022-07-15", [SaidInArticle(quote: "Outages.", speaker: "Oleg Simonenko", mention: "Oleg Simonenko")]),
        ("2022-08-01", [SaidInArticle(quote: "Alliance.", speaker: "Clara Smith", mention: "Clara Smith")]),
        ("2022-08-03", [SaidInArticle(quote: "Recruits.", speaker: "Smith", mention: "Smith")]),
    ]
    func load(reextract: Bool) throws {
        for (date, said) in articles {
            try ActorTestSupport.ingest(db, on: date, said, reextract: reextract, extractor: reextract ? "t@2" : "t@1")
        }
    }
    try load(reextract: false)
    return (db, { try load(reextract: true) })
}

struct ActorCurationTests {
    @Test func mergeMovesStatementsAndAliasesAndSurvivesReextraction() throws {
        let (db, reingest) = try curationCorpus()
        #expect(try ActorTestSupport.linkedActors(db)["Outages."] == "Oleg Simonenko")
        let change = try db.mergeActor("Oleg Simonenko", into: "Symonenko", by: "desk", at: fixedDate)
        #expect(change.action == "merge")
        #expect(change.summary.contains("1 statement and 1 alias moved"))
        #expect(try ActorTestSupport.linkedActors(db)["Outages."] == "Oleh Symonenko")
        #expect(try db.actors(matching: "Simonenko").map(\.name) == ["Oleh Symonenko"])
        try reingest()
        #expect(try ActorTestSupport.linkedActors(db)["Outages."] == "Oleh Symonenko", "re-extraction keeps the merge")
        #expect(try db.timeline(of: "Oleg Simonenko").statements.count == 2)
    }

    @Test func mergeCombinesRolesSeenForBoth() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-07-01",
            [SaidInArticle(quote: "A.", speaker: "Oleh Symonenko", mention: "Ukrainian Energy Minister Oleh Symonenko")]
        )
        try ActorTestSupport.ingest(
            db, on: "2022-07-15",
            [SaidInArticle(quote: "B.", speaker: "Oleg Simonenko", mention: "Ukraine's energy minister Oleg Simonenko")]
        )
        try db.mergeActor("Oleg Simonenko", into: "Oleh Symonenko", by: "desk", at: fixedDate)
        let roles = try db.actorDetail("Oleh Symonenko").roles
        #expect(roles.count == 1)
        #expect(roles.first?.key == "energy minister of ukraine")
        #expect(roles.first?.startsOn == "2022-07-01")
        #expect(roles.first?.endsOn == "2022-07-15")
    }

    @Test func mergeRefusesTheSameActorAndPersonsWithOrganizations() throws {
        let (db, _) = try curationCorpus()
        #expect(throws: ActorCurationError.mergeIntoItself(actor: "Oleh Symonenko")) {
            try db.mergeActor("Symonenko", into: "Oleh Symonenko", by: "desk", at: fixedDate)
        }
        try ActorTestSupport.ingest(
            db, on: "2022-09-01",
            [SaidInArticle(quote: "Org.", speaker: "Kremlin", mention: "The Kremlin", kind: .organization)]
        )
        #expect(
            throws: ActorCurationError.kindMismatch(
                actor: "Kremlin", kind: .organization, other: "Clara Smith", otherKind: .person)
        ) {
            try db.mergeActor("Clara Smith", into: "the Kremlin", by: "desk", at: fixedDate)
        }
        #expect(throws: ActorCurationError.store(.unknownActor(name: "Nobody", suggestions: []))) {
            try db.mergeActor("Nobody", into: "Clara Smith", by: "desk", at: fixedDate)
        }
        #expect(try db.actorChanges().isEmpty, "failed changes are not recorded")
    }

    @Test func splitMovesAliasAndItsStatementsAndSurvivesReextraction() throws {
        let (db, reingest) = try curationCorpus()
        #expect(try ActorTestSupport.linkedActors(db)["Recruits."] == "Clara Smith")
        let change = try db.splitActor(
            "Clara Smith", aliases: ["Smith"], newName: "Tom Smith", by: "desk", at: fixedDate)
        #expect(change.action == "split")
        #expect(try ActorTestSupport.linkedActors(db)["Recruits."] == "Tom Smith")
        #expect(try ActorTestSupport.linkedActors(db)["Alliance."] == "Clara Smith")
        try reingest()
        #expect(try ActorTestSupport.linkedActors(db)["Recruits."] == "Tom Smith", "re-extraction keeps the split")
        #expect(try ActorTestSupport.linkedActors(db)["Alliance."] == "Clara Smith")
        // A later article that only says "Smith" goes to the curated alias's owner, not to Clara.
        try ActorTestSupport.ingest(
            db, on: "2022-09-01", [SaidInArticle(quote: "Later.", speaker: "Smith", mention: "Smith")])
        #expect(try ActorTestSupport.linkedActors(db)["Later."] == "Tom Smith")
    }

    @Test func splitRejectsUnknownAliasesAndTakingEverything() throws {
        let (db, _) = try curationCorpus()
        #expect(throws: ActorCurationError.aliasNotFound(alias: "Jones", actor: "Clara Smith")) {
            try db.splitActor("Clara Smith", aliases: ["Jones"], newName: nil, by: "desk", at: fixedDate)
        }
        #expect(throws: ActorCurationError.splitTakesEverything(actor: "Clara Smith")) {
            try db.splitActor("Clara Smith", aliases: ["Clara Smith"], newName: "Other", by: "desk", at: fixedDate)
        }
        #expect(throws: ActorCurationError.aliasInUse(alias: "Oleh Symonenko", actor: "Oleh Symonenko")) {
            try db.splitActor("Clara Smith", aliases: ["Smith"], newName: "Oleh Symonenko", by: "desk", at: fixedDate)
        }
    }

    @Test func renameKeepsTheOldNameAsAnAliasAndRefusesANameInUse() throws {
        let (db, reingest) = try curationCorpus()
        try db.renameActor("Clara Smith", to: "Clara J. Smith", by: "desk", at: fixedDate)
        #expect(try db.resolveActor(named: "Clara Smith").name == "Clara J. Smith")
        try reingest()
        #expect(try ActorTestSupport.linkedActors(db)["Alliance."] == "Clara J. Smith")
        #expect(throws: ActorCurationError.aliasInUse(alias: "Oleg Simonenko", actor: "Oleg Simonenko")) {
            try db.renameActor("Clara Smith", to: "Oleg Simonenko", by: "desk", at: fixedDate)
        }
        #expect(throws: ActorCurationError.emptyName) {
            try db.renameActor("Clara Smith", to: " -- ", by: "desk", at: fixedDate)
        }
    }

    @Test func addedAliasLinksUnlinkedStatementsAndWinsOnReingest() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-06-01", [SaidInArticle(quote: "Prices.", speaker: "Anna Kravets", mention: "Anna Kravets")])
        try ActorTestSupport.ingest(
            db, on: "2022-06-05", [SaidInArticle(quote: "Stadium.", speaker: "Petro Kravets", mention: "Petro Kravets")]
        )
        try ActorTestSupport.ingest(
            db, on: "2022-06-10", [SaidInArticle(quote: "Panel.", speaker: "Kravets", mention: "Kravets")])
        #expect(try ActorTestSupport.linkedActors(db)["Panel."] == .some(nil))
        let change = try db.addAlias("Kravets", to: "Anna Kravets", by: "desk", at: fixedDate)
        #expect(change.summary.contains("1 unlinked statement now linked"))
        #expect(try ActorTestSupport.linkedActors(db)["Panel."] == "Anna Kravets")
        try ActorTestSupport.ingest(
            db, on: "2022-06-10", [SaidInArticle(quote: "Panel.", speaker: "Kravets", mention: "Kravets")],
            reextract: true)
        #expect(try ActorTestSupport.linkedActors(db)["Panel."] == "Anna Kravets")
        #expect(throws: ActorCurationError.aliasInUse(alias: "kravets", actor: "Anna Kravets")) {
            try db.addAlias("kravets", to: "Petro Kravets", by: "desk", at: fixedDate)
        }
    }

    @Test func removedAliasIsBlockedForTheActorEvenAfterReextraction() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-04-02", [SaidInArticle(quote: "One.", speaker: "Mykola Zabolotsky", mention: nil)])
        try ActorTestSupport.ingest(
            db, on: "2022-05-03", [SaidInArticle(quote: "Two.", speaker: "M. Zabolotskiy", mention: nil)])
        #expect(try ActorTestSupport.linkedActors(db)["Two."] == "Mykola Zabolotsky")
        let change = try db.removeAlias("M. Zabolotskiy", from: "Mykola Zabolotsky", by: "desk", at: fixedDate)
        #expect(change.summary.contains("1 statement linked again"))
        #expect(
            try ActorTestSupport.linkedActors(db)["Two."] == "M. Zabolotskiy",
            "linked again without the alias: a new actor")
        try ActorTestSupport.ingest(
            db, on: "2022-05-03", [SaidInArticle(quote: "Two.", speaker: "M. Zabolotskiy", mention: nil)],
            reextract: true)
        #expect(try ActorTestSupport.linkedActors(db)["Two."] == "M. Zabolotskiy")
        #expect(throws: ActorCurationError.cannotRemoveName(alias: "Mykola Zabolotsky", actor: "Mykola Zabolotsky")) {
            try db.removeAlias("Mykola Zabolotsky", from: "Mykola Zabolotsky", by: "desk", at: fixedDate)
        }
        #expect(throws: ActorCurationError.aliasNotFound(alias: "Nobody", actor: "Mykola Zabolotsky")) {
            try db.removeAlias("Nobody", from: "Mykola Zabolotsky", by: "desk", at: fixedDate)
        }
    }

    @Test func curatedRoleWinsOverLearnedRolesAndRelinksDescriptions() throws {
        let db = try OnRecordDatabase.inMemory()
        try ActorTestSupport.ingest(
            db, on: "2022-03-15",
            [SaidInArticle(quote: "Skies.", speaker: "Kadri Tamm", mention: "Estonian Foreign Minister Kadri Tamm")])
        try ActorTestSupport.ingest(
            db, on: "2022-01-10", [SaidInArticle(quote: "Other.", speaker: "Jaan Sepp", mention: "Jaan Sepp")])
        try ActorTestSupport.ingest(
            db, on: "2022-04-10",
            [SaidInArticle(quote: "Sanctions.", speaker: nil, mention: "The Estonian foreign minister")])
        #expect(
            try ActorTestSupport.linkedActors(db)["Sanctions."] == "Kadri Tamm",
            "learned: Tamm was seen in the role nearest that date")
        // A journalist knows better: Sepp took over on April 1st.
        try db.addRole(
            "foreign minister of Estonia", to: "Jaan Sepp", from: "2022-04-01", until: nil, by: "desk", at: fixedDate)
        #expect(try ActorTestSupport.linkedActors(db)["Sanctions."] == "Jaan Sepp")
        try ActorTestSupport.ingest(
            db, on: "2022-04-10",
            [SaidInArticle(quote: "Sanctions.", speaker: nil, mention: "The Estonian foreign minister")],
            reextract: true)
        #expect(
            try ActorTestSupport.linkedActors(db)["Sanctions."] == "Jaan Sepp",
            "the curated role holds after re-extraction")
        #expect(throws: ActorCurationError.invalidDateRange(from: "2022-05-01", until: "2022-04-01")) {
            try db.addRole(
                "Estonian foreign minister", to: "Sepp", from: "2022-05-01", until: "2022-04-01", by: "desk",
                at: fixedDate)
        }
        #expect(throws: ActorCurationError.invalidRole(role: "  ")) {
            try db.addRole("  ", to: "Sepp", from: "2022-05-01", until: nil, by: "desk", at: fixedDate)
        }
        let detail = try db.actorDetail("Jaan Sepp")
        #expect(detail.roles.map(\.key) == ["foreign minister of estonia"])
        #expect(detail.roles.first?.isCurated == true)
    }

    @Test func removedRoleIsNeverLearnedAgain() throws {
        let db = try OnRecordDatabase.inMemory()
        let apposition = [
            SaidInArticle(quote: "Skies.", speaker: "Kadri Tamm", mention: "Estonian Foreign Minister Kadri Tamm")
        ]
        let description = [SaidInArticle(quote: "Sanctions.", speaker: nil, mention: "The Estonian foreign minister")]
        try ActorTestSupport.ingest(db, on: "2022-03-15", apposition)
        try ActorTestSupport.ingest(db, on: "2022-04-10", description)
        #expect(try ActorTestSupport.linkedActors(db)["Sanctions."] == "Kadri Tamm")
        let change = try db.removeRole("Estonian foreign minister", from: "Tamm", by: "desk", at: fixedDate)
        #expect(change.summary.contains("1 statement linked again"))
        #expect(try ActorTestSupport.linkedActors(db)["Sanctions."] == .some(nil))
        try ActorTestSupport.ingest(db, on: "2022-03-15", apposition, reextract: true)
        try ActorTestSupport.ingest(db, on: "2022-04-10", description, reextract: true)
        #expect(try ActorTestSupport.linkedActors(db)["Sanctions."] == .some(nil))
        #expect(try db.actorDetail("Kadri Tamm").roles.isEmpty)
        #expect(throws: ActorCurationError.roleNotFound(role: "mayor", actor: "Kadri Tamm")) {
            try db.removeRole("mayor", from: "Kadri Tamm", by: "desk", at: fixedDate)
        }
    }

    @Test func everyChangeIsLoggedWithWhoWhenAndWhat() throws {
        let (db, _) = try curationCorpus()
        try db.mergeActor("Oleg Simonenko", into: "Oleh Symonenko", by: "anna", at: fixedDate)
        try db.splitActor("Clara Smith", aliases: ["Smith"], newName: "Tom Smith", by: "ben", at: fixedDate)
        try db.renameActor("Tom Smith", to: "Thomas Smith", by: "ben", at: fixedDate)
        try db.addAlias("T. Smith", to: "Thomas Smith", by: "ben", at: fixedDate)
        try db.removeAlias("T. Smith", from: "Thomas Smith", by: "ben", at: fixedDate)
        try db.addRole(
            "British defence spokesman", to: "Thomas Smith", from: "2022-01-01", until: nil, by: "ben", at: fixedDate)
        let log = try db.actorChanges()
        #expect(log.map(\.action) == ["merge", "split", "rename", "alias-add", "alias-remove", "role-add"])
        #expect(log.map(\.changedBy) == ["anna", "ben", "ben", "ben", "ben", "ben"])
        #expect(log.allSatisfy { $0.changedAt == "2023-11-14T22:13:20Z" })
        let thomas = try db.actorChanges(for: "Thomas Smith")
        #expect(thomas.map(\.action) == ["split", "rename", "alias-add", "alias-remove", "role-add"])
        let detail = try db.actorDetail("Thomas Smith")
        #expect(detail.changes.count == 5)
        #expect(detail.summary.statementCount == 1)
        #expect(detail.aliases.contains(ActorAlias(name: "Smith", isCurated: true)))
        #expect(detail.roles.first?.key == "defense spokesperson of uk")
    }

    @Test func dryRunReportsTheChangeAndKeepsNothing() throws {
        let (db, _) = try curationCorpus()
        let change = try db.mergeActor(
            "Oleg Simonenko", into: "Oleh Symonenko", by: "desk", at: fixedDate, dryRun: true)
        #expect(change.summary.contains("1 statement and 1 alias moved"))
        #expect(try ActorTestSupport.linkedActors(db)["Outages."] == "Oleg Simonenko")
        #expect(try db.actorChanges().isEmpty)
        try db.splitActor("Clara Smith", aliases: ["Smith"], newName: nil, by: "desk", at: fixedDate, dryRun: true)
        #expect(try ActorTestSupport.linkedActors(db)["Recruits."] == "Clara Smith")
    }

    @Test func actorsCanBeNamedByID() throws {
        let (db, _) = try curationCorpus()
        let id = try db.resolveActor(named: "Clara Smith").id
        #expect(try db.actorDetail("#\(id)").summary.name == "Clara Smith")
    }
}
