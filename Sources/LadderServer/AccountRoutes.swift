import Hummingbird
import LadderKit

/// Accounts through the API, for admins: those of their region and below.
struct AccountRoutes {
    let registry: Registry
    let settings: ServerSettings

    func add(to router: Router<ServerContext>) {}
}
