import Hummingbird
import LadderKit

/// Imports through the API: upload (dry run or apply), and a batch's rejects.
struct ImportRoutes {
    let registry: Registry
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {}
}
