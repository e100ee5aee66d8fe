/// The help of serving a province: serve and accounts.
public enum ServeHelp: String, CatalogueArea {
    case serveAbstract, serveDiscussion, listen, trustProxy, trustProxyMore, maxUpload, maxConcurrentUploads
    case accountsAbstract, addAbstract, addDiscussion, addName, role, region, passwordStdin
    case listAbstract, disableAbstract, accountName, passwdAbstract
    case tokenAbstract, tokenDiscussion, tokenRevoke, tokenList

    public static let area = "help.serve"

    public var entry: CatalogueEntry {
        switch self {
        case .serveAbstract:
            CatalogueEntry(zh: "通过 HTTP 向全省各账号提供登记库服务（JSON 接口位于 /api/v1）。",
                           en: "Serve the registry over HTTP to the accounts of a province (JSON API under /api/v1).")
        case .serveDiscussion:
            CatalogueEntry(zh: "账号用 `ladder accounts add` 添加。服务运行期间，命令行仍可操作同一登记库。收到终止信号或在终端按中断键时，"
                               + "处理完进行中的请求后停止。通过接口导入的文件先暂存，各批次被拒绝的行和问题保存在登记库旁的 "
                               + "登记库文件名.imports 中。",
                           en: "Accounts come from `ladder accounts add`. The command line keeps working on the same "
                               + "registry meanwhile. SIGTERM or Ctrl-C stops it after the requests in flight. Files imported "
                               + "through the API are spooled, and each batch's rejects and problems kept, in REGISTRY.imports "
                               + "beside the registry.")
        case .listen: CatalogueEntry(zh: "监听的地址和端口。", en: "Address and port to listen on.")
        case .trustProxy:
            CatalogueEntry(zh: "位于反向代理之后：客户端地址和是否为 https，取自代理添加的转发请求头。",
                           en: "Behind a reverse proxy: take the client from X-Forwarded-For and https from X-Forwarded-Proto.")
        case .trustProxyMore:
            CatalogueEntry(zh: "仅当反向代理是访问本服务的唯一途径时使用；否则任何客户端都能伪造这些请求头。",
                           en: "Only when a proxy such as nginx is the only way in; otherwise any client could forge them.")
        case .maxUpload:
            CatalogueEntry(zh: "通过接口导入时允许上传的最大文件（例如 200MB、1GB）；超过的以 413 拒绝。",
                           en: "The largest file an import through the API may upload (e.g. 200MB, 1GB); larger is refused with 413.")
        case .maxConcurrentUploads:
            CatalogueEntry(zh: "同时接受的上传导入数；再多的以 503 拒绝，并请客户端稍后重试。",
                           en: "How many uploads to import at once; one more is refused with 503, asking to try again later.")
        case .accountsAbstract:
            CatalogueEntry(zh: "管理 `ladder serve` 的账号：添加、列出、停用、密码、接口令牌。",
                           en: "Manage the accounts of `ladder serve`: add, list, disable, passwords, API tokens.")
        case .addAbstract:
            CatalogueEntry(zh: "添加一个账号，并指定其角色和可查看的地区。", en: "Add an account with a role and the region it sees.")
        case .addDiscussion:
            CatalogueEntry(zh: "密码要求输入两次（不显示），或加 --password-stdin 从标准输入的第一行读取。",
                           en: "The password is asked twice (not shown), or read from the first line of stdin with --password-stdin.")
        case .addName:
            CatalogueEntry(zh: "账号名：字母、数字、'.'、'_' 或 '-'，例如 ganzhou.li。",
                           en: "Account name: letters, digits, '.', '_' or '-', e.g. ganzhou.li.")
        case .role:
            CatalogueEntry(zh: "角色：viewer（只读）、editor（还可记录）或 admin（还可管理账号）。",
                           en: "viewer (reads), editor (also records), or admin (also manages accounts).")
        case .region:
            CatalogueEntry(zh: "可查看的地区：360000（全省）、设区市、县区或 ganjiang。",
                           en: "The region it sees: 360000 (province), a city, a county, or ganjiang.")
        case .passwordStdin:
            CatalogueEntry(zh: "从标准输入读取密码，而不是提示输入。", en: "Read the password from stdin instead of asking.")
        case .listAbstract:
            CatalogueEntry(zh: "列出账号：账号名、角色、地区、创建时间、是否停用。", en: "List the accounts: name, role, region, since, disabled.")
        case .disableAbstract:
            CatalogueEntry(zh: "永久停用一个账号：其会话和令牌立即失效。",
                           en: "Disable an account for good: its sessions and tokens stop at once.")
        case .accountName: CatalogueEntry(zh: "账号名。", en: "Account name.")
        case .passwdAbstract:
            CatalogueEntry(zh: "设置新密码；该账号的会话全部退出登录。", en: "Set a new password; the account's sessions are signed out.")
        case .tokenAbstract:
            CatalogueEntry(zh: "为脚本生成接口令牌（只显示一次）、列出令牌，或吊销一个令牌。",
                           en: "Make an API token for scripts (shown once), list them, or revoke one.")
        case .tokenDiscussion:
            CatalogueEntry(zh: "脚本在请求头中以 `Authorization: Bearer 令牌` 发送。系统只保存其 SHA-256 摘要值。",
                           en: "Scripts send it as `Authorization: Bearer TOKEN`. Only its SHA-256 digest is kept.")
        case .tokenRevoke:
            CatalogueEntry(zh: "吊销此编号的令牌，而不是生成新令牌。", en: "Revoke the token with this id instead of making one.")
        case .tokenList: CatalogueEntry(zh: "列出该账号的令牌，而不是生成新令牌。", en: "List the account's tokens instead of making one.")
        }
    }
}
