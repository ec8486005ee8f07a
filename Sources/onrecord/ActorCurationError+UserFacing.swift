import OnRecordCore
import OnRecordStore

/// Messages and exit codes for actor corrections.
///
/// Exit codes: an unknown actor is 1 (as for `timeline`); a request that contradicts itself (merging an
/// actor into itself, a role that ends before it starts, an empty name) is a usage error, 64; a request
/// that conflicts with what the database holds (an alias another actor uses, an alias the actor does not
/// have, a person merged with an organization) is a data error, 65. Database failures keep their codes.
extension ActorCurationError: UserFacingError {
    var message: String {
        switch self {
        case .store(let error):
            error.message
        case .mergeIntoItself(let actor):
            "'\(actor)' is the same actor on both sides of the merge. Name two different actors (see 'onrecord actors list')."
        case .kindMismatch(let actor, let kind, let other, let otherKind):
            "Cannot merge '\(other)' (\(otherKind.rawValue)) into '\(actor)' (\(kind.rawValue)): a person and an organization stay separate actors."
        case .aliasInUse(let alias, let actor):
            "The name '\(alias)' already belongs to '\(actor)'. Remove it there first ('onrecord actors alias remove \"\(actor)\" \"\(alias)\"'), or merge the two actors."
        case .aliasNotFound(let alias, let actor):
            "'\(actor)' has no alias '\(alias)'. Run 'onrecord actors show \"\(actor)\"' to see its aliases."
        case .cannotRemoveName(let alias, let actor):
            "'\(alias)' is the name of '\(actor)'. Rename the actor first ('onrecord actors rename'), then remove the old name."
        case .splitTakesEverything(let actor):
            "Splitting these aliases would leave '\(actor)' with no name. Use 'onrecord actors rename' instead."
        case .emptyName:
            "The name has no letters or digits. Give a name such as \"Volodymyr Zelensky\"."
        case .invalidRole(let role):
            "'\(role)' is not a role. Give one such as \"president of Ukraine\" or \"Kremlin spokesman\"."
        case .invalidDateRange(let from, let until):
            "The role ends (\(until)) before it starts (\(from)). Check --from and --until."
        case .roleNotFound(let role, let actor):
            "'\(actor)' has no role '\(role)'. Run 'onrecord actors show \"\(actor)\"' to see its roles."
        }
    }

    var exitStatus: Int32 {
        switch self {
        case .store(let error): error.exitStatus
        case .mergeIntoItself, .emptyName, .invalidRole, .invalidDateRange: 64
        case .kindMismatch, .aliasInUse, .aliasNotFound, .cannotRemoveName, .splitTakesEverything, .roleNotFound: 65
        }
    }
}
