extension RegistryError {
    /// Messages for corrections of the past and registrations set aside.
    var correctionDescription: String {
        switch self {
        case .emptyReason:
            return "the reason is empty; say why the record is corrected or set aside"
        case let .nothingToCorrect(code):
            return "nothing to correct for \(code): give the corrected place, founding day, or both"
        case let .foundedFromStart(code, effective):
            return "a founding day is corrected from the start, not from \(effective.iso): correct \(code)'s founding "
                + "day on its own, from the start"
        case let .correctionInFuture(effective, today):
            return "the correction would hold from \(effective.iso), after today (\(today.iso)); a correction fixes what "
                + "was recorded up to now: a move still to come is a relocation"
        case let .alreadyCorrected(code, detail):
            return "already recorded: \(code) is \(detail); nothing written"
        case let .setAside(code, name, at, reason):
            return "\(code) '\(name)' was set aside at \(at.iso) (\(reason)), as if never registered; register it "
                + "again to record anything for it"
        case let .registrationReferenced(code, references):
            return "\(code) stays registered, since records outside the mistake refer to it: "
                + "\(references.joined(separator: "; ")); void those events first (facts and corrections keep it)"
        case let .registrationAlreadySetAside(code, at):
            return "already recorded: \(code) was set aside at \(at.iso); nothing written"
        case let .registeredAgainUnderAnotherName(code, registered, given):
            return "\(code) was registered as '\(registered)' and set aside; registering it again takes up that record "
                + "under that name, not '\(given)': register it as '\(registered)', then record the new name as a rename"
        default:
            return ""
        }
    }
}
