/// What `ladder serve` says to people: why it could not start, and the `error` of a refused request
/// (the JSON keys and values around it never change with the language). A request is answered in
/// its reader's language (`lang`, the `ladder_lang` cookie, `Accept-Language`, else the server's).
public enum ServeText: String, CatalogueArea {
    // Starting.
    case addressInUse, cannotListen
    // Any request.
    case unauthenticated, sessionEnded, noEndpoint, methodNotAllowed, badJSON, internalError
    case ambiguousName, unknownName, unknownParameter, takesNoParameters, takesParameters, missingParameter
    // Signing in, and the guards of a browser's writes.
    case crossSite, unknownToken, noOrigin, badCSRF, tooManySignIns, refusedLogin, bearerHasNoSession
    // Scopes: what an account may see and do.
    case outsideRegion, regionOutside, viewerReadsOnly, adminOnly, roleEditor, roleViewer, accountOutside, batchOutside
    case actsAsPeer
    // Imports.
    case noFileName, badFileName, tooLarge, uploadsBusy, malformedMultipart, noFileField, cannotWriteUploads, cannotMakeImportFolder
    case badDryRun, badKind, badYear, badEffective, badBatch, batchNotHere, noRejects, noProblems

    public static let area = "serve"

    public var entry: CatalogueEntry {
        switch self {
        case .addressInUse:
            CatalogueEntry(zh: "{address} 已被其他程序占用（是否已有一个 ladder serve 在运行？）；请先停止它，或用 --listen 换一个端口。",
                           en: "{address} is already in use by another program (another ladder serve?); stop it or choose "
                               + "another port with --listen")
        case .cannotListen:
            CatalogueEntry(zh: "无法在 {address} 上监听：{reason}；请检查 --listen（例如 --listen 127.0.0.1:8080）。",
                           en: "cannot listen on {address}: {reason}; check --listen (e.g. --listen 127.0.0.1:8080)")
        case .unauthenticated:
            CatalogueEntry(zh: "请先登录：POST /api/v1/session，或发送 Authorization: Bearer TOKEN。",
                           en: "sign in first: POST /api/v1/session, or send Authorization: Bearer TOKEN")
        case .sessionEnded:
            CatalogueEntry(zh: "登录已失效（长时间未操作、已退出或密码已修改）；请重新登录。",
                           en: "your session has ended (unused too long, signed out, or the password changed); sign in again")
        case .noEndpoint:
            CatalogueEntry(zh: "没有这个接口：{method} {path}；接口都在 /api/v1 下。",
                           en: "no such endpoint: {method} {path}; the API is under /api/v1")
        case .methodNotAllowed:
            CatalogueEntry(zh: "{path} 不接受 {method} 请求。", en: "{path} does not answer {method}")
        case .badJSON:
            CatalogueEntry(zh: "请求内容不是所需的 JSON；各字段见接口文档。",
                           en: "the request body is not the JSON expected; see the API documentation for its fields")
        case .internalError:
            CatalogueEntry(zh: "服务器内部错误；详情见服务器日志。", en: "internal error; the server log has the details")
        case .ambiguousName:
            CatalogueEntry(zh: "“{name}”对应 {count} 家企业；请给出统一社会信用代码（GET /api/v1/find?q= 列出本地区的企业）。",
                           en: "'{name}' names {count} firms; give the 统一社会信用代码 (GET /api/v1/find?q= lists those of "
                               + "your region)")
        case .unknownName:
            CatalogueEntry(zh: "没有名为“{name}”的企业；GET /api/v1/find?q= 可按名称的一部分或代码查找本地区的企业。",
                           en: "no firm is named '{name}'; GET /api/v1/find?q= finds firms of your region by part of a name "
                               + "or a code")
        case .unknownParameter:
            CatalogueEntry(zh: "未知参数“{name}”；{path} {takes}", en: "unknown parameter '{name}'; {path} {takes}")
        case .takesNoParameters: CatalogueEntry(zh: "不接受参数。", en: "takes no parameters")
        case .takesParameters: CatalogueEntry(zh: "接受的参数：{names}。", en: "takes {names}")
        case .missingParameter:
            CatalogueEntry(zh: "缺少参数 {name}；请给出，例如 {name}={example}。", en: "{name} is missing; give it, e.g. {name}={example}")
        case .crossSite:
            CatalogueEntry(zh: "已拒绝跨站请求：Origin {origin} 不是本服务器（{expected}）。",
                           en: "cross-site request refused: Origin {origin} is not this server ({expected})")
        case .unknownToken:
            CatalogueEntry(zh: "该 API 令牌不存在或已吊销；请管理员重新发放（ladder accounts token NAME）。",
                           en: "this API token is unknown or revoked; ask an admin for a new one (ladder accounts token NAME)")
        case .noOrigin:
            CatalogueEntry(zh: "已登录的浏览器发出修改数据的请求时必须带 Origin 请求头。",
                           en: "a signed-in browser request that changes something must carry an Origin header")
        case .badCSRF:
            CatalogueEntry(zh: "X-CSRF-Token 缺失或不正确；请发送登录时返回的 csrf_token。",
                           en: "missing or wrong X-CSRF-Token; send the csrf_token the sign-in answered")
        case .tooManySignIns:
            CatalogueEntry(zh: "该账号或这台电脑登录失败次数过多；请 {minutes} 分钟后再试，或请管理员核对密码。",
                           en: "too many failed sign-ins for this account or from this computer; wait {minutes} minutes, "
                               + "or ask an admin to check the password")
        case .refusedLogin:
            CatalogueEntry(zh: "用户名或密码错误（或账号已停用）；请核对后重试。",
                           en: "wrong username or password (or the account is disabled); check both and try again")
        case .bearerHasNoSession:
            CatalogueEntry(zh: "使用令牌访问时没有可退出的登录；如需停用令牌，请用 `ladder accounts token NAME --revoke ID` 吊销。",
                           en: "a bearer token has no session to end; revoke the token with `ladder accounts token NAME "
                               + "--revoke ID`")
        case .outsideRegion:
            CatalogueEntry(zh: "{code} {name} 在 {day} 位于{place}，不在账号“{account}”的管辖地区{region}内；请联系管辖该地区的科技局。",
                           en: "{code} {name} is in {place} on {day}, outside {region}, the region of account '{account}'; "
                               + "ask a bureau whose region includes it")
        case .regionOutside:
            CatalogueEntry(zh: "地区 {code}（{name}）不在账号“{account}”的管辖地区{region}内；请查询 {own} 或其下属地区。",
                           en: "region {code} ({name}) is outside {region}, the region of account '{account}'; ask for {own} "
                               + "or a region within it")
        case .viewerReadsOnly:
            CatalogueEntry(zh: "账号“{account}”为查阅员，只能查询；请由{region}的录入员录入。",
                           en: "account '{account}' is a viewer, who reads only; ask an editor of {region} to record this")
        case .adminOnly:
            CatalogueEntry(zh: "账号“{account}”是{role}；只有管理员能管理账号，请联系{region}的管理员。",
                           en: "account '{account}' is {role}; only an admin manages accounts, ask an admin of {region}")
        case .roleEditor: CatalogueEntry(zh: "录入员", en: "an editor")
        case .roleViewer: CatalogueEntry(zh: "查阅员", en: "a viewer")
        case .accountOutside:
            CatalogueEntry(zh: "账号“{account}”属于 {code} {name}，不在管理员“{admin}”的管辖地区{region}内；管理员只能管理本地区及下属地区的账号。",
                           en: "account '{account}' is for {code} {name}, outside {region}, the region of admin '{admin}'; "
                               + "an admin manages the accounts of its region and the regions within it")
        case .actsAsPeer:
            CatalogueEntry(zh: "账号“{account}”与管理员“{admin}”同为{region}的管理员；管理员只能为自己、本地区的录入员和查阅员以及下属地区的账号生成令牌或设置密码，请由“{account}”自己办理，或由上级地区的管理员办理。",
                           en: "account '{account}' is an admin of {region}, as is admin '{admin}'; an admin makes tokens and "
                               + "sets passwords only for itself, for editors and viewers of its region and for accounts of the "
                               + "regions within it; ask '{account}' or an admin of a region above to do it")
        case .batchOutside:
            CatalogueEntry(zh: "导入批次 {batch} 由{name}（{code}）的账号导入，不在账号“{account}”的管辖地区{region}内；请向该科技局索取其退回行。",
                           en: "batch {batch} was imported by an account of {name} ({code}), outside {region}, the region of "
                               + "account '{account}'; ask that bureau for its rejects")
        case .noFileName:
            CatalogueEntry(zh: "文件没有名称：请在 X-Filename 请求头中给出（UTF-8 百分号编码，例如名单.csv 写作 X-Filename: "
                               + "%E5%90%8D%E5%8D%95.csv），或以 multipart/form-data 的 file 字段上传。",
                           en: "the file has no name: send it in an X-Filename header (percent-encoded UTF-8, e.g. "
                               + "X-Filename: %E5%90%8D%E5%8D%95.csv for 名单.csv), or as multipart/form-data in a field "
                               + "named file")
        case .badFileName:
            CatalogueEntry(zh: "X-Filename “{header}”不是 UTF-8 百分号编码；请对文件名编码，例如名单.csv 写作 %E5%90%8D%E5%8D%95.csv。",
                           en: "X-Filename '{header}' is not percent-encoded UTF-8; encode the file's name, e.g. "
                               + "%E5%90%8D%E5%8D%95.csv for 名单.csv")
        case .tooLarge:
            CatalogueEntry(zh: "上传的文件超过 {limit}，这是本服务器接受的上限；请拆分文件，或请服务器管理员调高上限（ladder serve --max-upload）。",
                           en: "the upload is larger than {limit}, the most this server accepts; split the file, or ask "
                               + "whoever runs the server to raise it (ladder serve --max-upload)")
        case .uploadsBusy:
            CatalogueEntry(zh: "服务器正在处理 {limit} 个上传的文件，这是它同时接受的上限；请在 {seconds} 秒后重新上传（数据未作任何改动）。",
                           en: "the server is already taking {limit} uploads, the most it takes at once; send the file "
                               + "again in {seconds} seconds (nothing was recorded)")
        case .malformedMultipart:
            CatalogueEntry(zh: "multipart/form-data 内容格式不完整（某一部分或其分隔符被截断）；请重新上传，文件放在 file 字段中。",
                           en: "the multipart/form-data body is not well formed (a part or its boundary is cut off); send "
                               + "the file again, in a field named file")
        case .noFileField:
            CatalogueEntry(zh: "multipart/form-data 内容中没有 file 字段；请把文件放在 file 字段中上传。",
                           en: "the multipart/form-data body has no field named file; send the file in a field named file")
        case .cannotWriteUploads:
            CatalogueEntry(zh: "服务器无法写入上传目录；详情见服务器日志。",
                           en: "the server cannot write its upload folder; the server log has the details")
        case .cannotMakeImportFolder:
            CatalogueEntry(zh: "服务器无法创建导入目录；详情见服务器日志。",
                           en: "the server cannot make its import folder; the server log has the details")
        case .badDryRun:
            CatalogueEntry(zh: "dry_run “{value}”不是 true 或 false；dry_run=true 只读取并报告，不写入。",
                           en: "dry_run '{value}' is not true or false; dry_run=true reads and reports without writing")
        case .badKind:
            CatalogueEntry(zh: "as “{value}”不是文件类型；请用 {kinds} 之一，或不填，由表头自动识别。",
                           en: "as '{value}' is not a kind of file; use one of {kinds}, or leave it out to detect it from "
                               + "the headers")
        case .badYear:
            CatalogueEntry(zh: "year “{value}”不是年度；请写 1949 到 2100 之间的四位数字，例如 2024。",
                           en: "year '{value}' is not a fiscal year; write a year from 1949 to 2100, e.g. 2024")
        case .badEffective:
            CatalogueEntry(zh: "effective “{value}”不是日期；请写成 YYYY-MM-DD，例如 2024-11-22。",
                           en: "effective '{value}' is not a day; write it as YYYY-MM-DD, e.g. 2024-11-22")
        case .badBatch:
            CatalogueEntry(zh: "id “{value}”不是导入批次号；`GET /api/v1/imports` 或 `ladder batches` 可列出批次。",
                           en: "id '{value}' is not a batch number; `GET /api/v1/imports` or `ladder batches` lists them")
        case .batchNotHere:
            CatalogueEntry(zh: "导入批次 {batch} 不是通过本服务器导入的，这里没有它的 {kind} 文件（`ladder import` 把 NAME.{kind}.csv 写在所导入文件旁）。",
                           en: "batch {batch} was not imported through this server, so it has no {kind} file here "
                               + "(`ladder import` writes NAME.{kind}.csv beside the file it imported)")
        case .noRejects:
            CatalogueEntry(zh: "导入批次 {batch} 没有退回的行，因此没有退回文件。",
                           en: "batch {batch} rejected no rows, so it has no rejects file")
        case .noProblems:
            CatalogueEntry(zh: "导入批次 {batch} 没有发现问题，因此没有问题文件。",
                           en: "batch {batch} found no problems, so it has no problems file")
        }
    }
}
