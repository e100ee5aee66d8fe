import Hummingbird
import LadderKit

/// The routes of 目标, 日志 and 账户, and their entries in the menu (账户 for admins only).
extension PageRoutes {
    func addRecords(to router: Router<ServerContext>) {
        router.get(RouterPath(PagePaths.targets)) { request, context in
            serve(request, context) { account in try targetsPage(request, account: account) }
        }
        router.post(RouterPath(PagePaths.targets)) { request, context in
            await servePosted(request, context) { account, form in
                try await setTarget(request, context: context, account: account, form: form)
            }
        }
        router.get(RouterPath(PagePaths.log)) { request, context in
            serve(request, context) { account in try logPage(request, account: account) }
        }
        router.get(RouterPath(PagePaths.accounts)) { request, context in
            serve(request, context) { account in try accountsPage(request, account: account) }
        }
        router.post(RouterPath(PagePaths.accounts)) { request, context in
            await servePosted(request, context) { admin, form in
                try await addAccount(request, context: context, admin: admin, form: form)
            }
        }
        let one = PagePaths.accounts + "/:name"
        router.get(RouterPath(one)) { request, context in
            serve(request, context) { admin in try accountPage(request, context: context, admin: admin) }
        }
        router.post(RouterPath(one + "/disable")) { request, context in
            await servePosted(request, context) { admin, _ in try await disableAccount(request, context: context, admin: admin) }
        }
        router.post(RouterPath(one + "/password")) { request, context in
            await servePosted(request, context) { admin, form in
                try await setPassword(request, context: context, admin: admin, form: form)
            }
        }
        router.post(RouterPath(one + "/tokens")) { request, context in
            await servePosted(request, context) { admin, _ in try await makeToken(request, context: context, admin: admin) }
        }
        router.get(RouterPath(one + "/tokens/new/:shown")) { request, context in
            serve(request, context) { admin in try shownToken(context, admin: admin) }
        }
        router.post(RouterPath(one + "/tokens/:id/revoke")) { request, context in
            await servePosted(request, context) { admin, _ in try await revokeToken(request, context: context, admin: admin) }
        }
    }

    static func recordsNav(_ account: Account) -> [(String, String)] {
        [(PagePaths.targets, PageRecordsText.navTargets.text()), (PagePaths.log, PageRecordsText.navLog.text())]
            + (account.role == .admin ? [(PagePaths.accounts, PageRecordsText.navAccounts.text())] : [])
    }
}
