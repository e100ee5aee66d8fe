extension RegistryError {
    /// Messages for corrections of the past and registrations set aside.
    var correctionDescription: String {
        typealias T = RegistryErrorText
        switch self {
        case .emptyReason:
            return T.emptyReason.text()
        case let .nothingToCorrect(code):
            return T.nothingToCorrect.text(["code": code])
        case let .foundedFromStart(code, effective):
            return T.foundedFromStart.text(["effective": ProseFormat.day(effective), "code": code])
        case let .correctionInFuture(effective, today):
            return T.correctionInFuture.text(["effective": ProseFormat.day(effective), "today": ProseFormat.day(today)])
        case let .alreadyCorrected(code, detail):
            return T.alreadyCorrected.text(["code": code, "detail": detail])
        case let .setAside(code, name, at, reason):
            return T.setAside.text(["code": code, "name": name, "at": at.iso, "reason": reason])
        case let .registrationReferenced(code, references):
            return T.registrationReferenced.text(["code": code, "references": references.joined(separator: T.listSeparator.text())])
        case let .registrationAlreadySetAside(code, at):
            return T.registrationAlreadySetAside.text(["code": code, "at": at.iso])
        case let .registeredAgainUnderAnotherName(code, registered, given):
            return T.registeredAgainUnderAnotherName.text(["code": code, "registered": registered, "given": given])
        default:
            return ""
        }
    }
}
