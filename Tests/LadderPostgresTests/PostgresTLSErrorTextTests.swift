@testable import LadderKit
import LadderPostgres
import Testing

/// What a clerk reads when TLS to the server goes wrong: what happened and what to do, in Chinese
/// and in English, quoting the address (never a password) and the file or host concerned.
@Suite struct PostgresTLSErrorTextTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let error: PostgresError
        let zh: String
        let en: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "unknown parameter", error: .unknownParameter(address: "postgres://l@h/d?sslcert=/c.pem", name: "sslcert"),
             zh: "登记库地址 postgres://l@h/d?sslcert=/c.pem 中的参数 sslcert 无法识别；? 之后只能写 sslmode 和 sslrootcert（见 docs/postgres.md）",
             en: "the registry address postgres://l@h/d?sslcert=/c.pem has a parameter ladder does not read, 'sslcert'; "
                 + "only sslmode and sslrootcert may follow '?' (docs/postgres.md)"),
        Case(name: "bad sslmode", error: .badSSLMode(address: "postgres://l@h/d", value: "on", source: "$PGSSLMODE"),
             zh: "登记库地址 postgres://l@h/d：$PGSSLMODE 的值 'on' 无法识别；应为 disable, allow, prefer, require, verify-ca, verify-full 之一",
             en: "the registry address postgres://l@h/d: $PGSSLMODE is 'on', which is not one of "
                 + "disable, allow, prefer, require, verify-ca, verify-full"),
        Case(name: "system CAs under verify-ca", error: .systemRootsNeedVerifyFull(address: "postgres://l@h/d?sslmode=verify-ca&sslrootcert=system",
                                                                                   mode: .verifyCA),
             zh: "登记库地址 postgres://l@h/d?sslmode=verify-ca&sslrootcert=system：sslrootcert=system（系统信任的公共 CA）只能与 "
                 + "sslmode=verify-full 一起用，不能用 verify-ca：否则任何持有公共证书的服务器都能冒充它；请改为 sslmode=verify-full",
             en: "the registry address postgres://l@h/d?sslmode=verify-ca&sslrootcert=system: sslrootcert=system (the system's "
                 + "public CAs) goes with sslmode=verify-full only, not verify-ca: any server with a public certificate could pose "
                 + "as yours; use sslmode=verify-full"),
        Case(name: "no TLS on the server", error: .tlsRefused(address: "postgres://l@h:5432/d?sslmode=require", mode: .require),
             zh: "PostgreSQL 服务器 postgres://l@h:5432/d?sslmode=require 不接受 TLS 加密连接，而 sslmode=require 要求加密；"
                 + "请数据库管理员在服务器上打开 ssl（postgresql.conf 中 ssl = on，并配好证书），或仅在可信网络上改用 sslmode=prefer",
             en: "the PostgreSQL server postgres://l@h:5432/d?sslmode=require does not accept TLS, and sslmode=require requires it; "
                 + "ask its DBA to turn ssl on (ssl = on in postgresql.conf, with a certificate), or use sslmode=prefer on a trusted network only"),
        Case(name: "untrusted certificate", error: .certificateUntrusted(address: "postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/ca.pem",
                                                                          rootCert: "/ca.pem"),
             zh: "PostgreSQL 服务器 postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/ca.pem 的证书不是由 /ca.pem 中的 CA 签发的，未连接；"
                 + "请确认 sslrootcert 指向数据库管理员给出的 CA 证书文件（服务器换过证书时向其要新的）",
             en: "the certificate of the PostgreSQL server postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/ca.pem is not signed "
                 + "by a CA in /ca.pem, so ladder did not connect; check that sslrootcert names the CA file the server's DBA gave you "
                 + "(ask for the new one if the server's certificate was changed)"),
        Case(name: "wrong host", error: .certificateWrongHost(address: "postgres://l@10.0.0.5:5432/d?sslmode=verify-full", host: "10.0.0.5"),
             zh: "PostgreSQL 服务器 postgres://l@10.0.0.5:5432/d?sslmode=verify-full 的证书上没有主机名 10.0.0.5，未连接；"
                 + "请在地址中写证书上的主机名（向数据库管理员询问），或改用只核对 CA 的 sslmode=verify-ca",
             en: "the certificate of the PostgreSQL server postgres://l@10.0.0.5:5432/d?sslmode=verify-full does not name the host "
                 + "10.0.0.5, so ladder did not connect; write the host name the certificate carries in the address "
                 + "(ask the server's DBA), or use sslmode=verify-ca, which checks the CA only"),
        Case(name: "no root certificate file", error: .rootCertificateMissing(address: "postgres://l@h:5432/d?sslmode=verify-ca",
                                                                               path: "/root/.postgresql/root.crt"),
             zh: "连接 postgres://l@h:5432/d?sslmode=verify-ca 所需的根证书文件 /root/.postgresql/root.crt 不存在；"
                 + "请用 sslrootcert=路径（或环境变量 $PGSSLROOTCERT）指向数据库管理员给出的 CA 证书文件",
             en: "the root certificate file /root/.postgresql/root.crt for postgres://l@h:5432/d?sslmode=verify-ca does not exist; "
                 + "name the CA file the server's DBA gave you with sslrootcert=PATH (or PGSSLROOTCERT)"),
        Case(name: "unreadable root certificate", error: .rootCertificateUnreadable(address: "postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/ca.der",
                                                                                    path: "/ca.der"),
             zh: "连接 postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/ca.der 所需的根证书文件 /ca.der 无法读作 PEM 证书；"
                 + "请向数据库管理员要 PEM 格式的 CA 证书文件",
             en: "the root certificate file /ca.der for postgres://l@h:5432/d?sslmode=verify-ca&sslrootcert=/ca.der cannot be read as "
                 + "PEM certificates; ask the server's DBA for the CA certificate in PEM form"),
    ])
    func saysWhatAndWhatToDo(_ c: Case) {
        #expect(Language.$scoped.withValue(.zh) { c.error.description } == c.zh)
        #expect(Language.$scoped.withValue(.en) { c.error.description } == c.en)
    }
}
