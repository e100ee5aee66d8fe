import Foundation
import LadderKit

/// An upload the import page has read as a dry run and keeps on the server until the account that
/// sent it applies it, cancels it, or leaves it longer than `ImportStaging.lifetime`.
struct StagedImport: Sendable {
    enum State: Sendable {
        /// Read as a dry run, waiting for 确认导入 or 取消.
        case ready
        /// Being recorded; the latest progress the importer reported.
        case applying(ImportProgress?)
        case done(ImportReport)
        /// The import stopped; the reader's sentence why, in the language of the page that applied it.
        case failed(String)
    }

    /// Random and unguessable (a UUID's 122 random bits), the page's address.
    let id: String
    /// The account that sent it, by id (a name can be given again after an account is gone).
    let accountID: Int64
    let region: Region
    let upload: ImportUpload
    let options: ImportOptions
    let stagedAt: Moment
    let dryRun: ImportReport
    /// The file's first rows as the reader gave them, header first.
    let firstRows: [RowAsRead]
    var state: State = .ready

    /// Only the account that uploaded the file sees it: anyone else is told there is no such upload.
    func belongs(to account: Account) -> Bool {
        account.id == accountID
    }
}
