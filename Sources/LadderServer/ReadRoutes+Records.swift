import Hummingbird
import LadderKit

/// Who recorded what: `imports` (as `ladder batches`) and `log`. A bureau below the province sees
/// the batches its accounts (and those of the regions within it) imported, and the log's records
/// about firms placed in its region on the as-of day (today by default) or made by those accounts.
extension ReadRoutes {
    func imports(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["region"], now: settings.clock())
        let batches = try registry.importBatches(region: try query.region(for: account))
        return APIError.json(text: BatchesText.render(batches, format: .json))
    }

    func log(_ request: Request, context: ServerContext) throws -> Response {
        let account = try context.requireAccount()
        let query = try Query(request, takes: ["operator", "since", "region", "as_of"], now: settings.clock())
        let entries = try registry.log(operatorName: query.text("operator"), since: try query.day("since"),
                                       region: try query.region(for: account), asOf: query.times.day)
        return APIError.json(text: LogText.render(entries, format: .json))
    }
}
