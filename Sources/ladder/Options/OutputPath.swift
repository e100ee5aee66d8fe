import ArgumentParser
import Foundation
import LadderKit

/// An output file's name must end in an extension the command writes: `export --out list.xls`
/// would otherwise write CSV under a name Excel opens as a legacy workbook and then refuses.
enum OutputPath {
    /// Throws a usage error naming the extensions `allowed` when `path` ends in another one;
    /// a name without an extension is accepted (the command's format decides).
    static func check(_ path: String, option: String = "--out", allowed: [String]) throws {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard !ext.isEmpty, !allowed.contains(ext) else { return }
        let names = allowed.map { "." + $0 }
        let list = names.count > 1
            ? ValidationText.listOr.text(["list": names.dropLast().joined(separator: ValidationText.listSeparator.text()),
                                          "last": names.last!])
            : names[0]
        throw ValidationError(ValidationText.outputExtension.text(["option": option, "path": path, "ext": ext, "list": list]))
    }
}
