/// The four parts of the 高新技术企业 innovation score as experts grade them (工作指引):
/// 知识产权 (0–30), 科技成果转化能力 (0–30), 研究开发组织管理水平 (0–20), 企业成长性 (0–20).
/// Any part may be unknown; each is exact to hundredths, as the total is.
public struct InnovationParts: Hashable, Sendable, Codable {
    public var ip: Points?
    public var conversion: Points?
    public var rdManagement: Points?
    public var growth: Points?

    public init(ip: Points? = nil, conversion: Points? = nil, rdManagement: Points? = nil, growth: Points? = nil) {
        self.ip = ip
        self.conversion = conversion
        self.rdManagement = rdManagement
        self.growth = growth
    }

    enum CodingKeys: String, CodingKey {
        case ip, conversion, growth
        case rdManagement = "rd_management"
    }

    /// Parts set here win over `older`'s.
    public func overlaying(_ older: InnovationParts) -> InnovationParts {
        InnovationParts(ip: ip ?? older.ip, conversion: conversion ?? older.conversion,
                        rdManagement: rdManagement ?? older.rdManagement, growth: growth ?? older.growth)
    }
}
