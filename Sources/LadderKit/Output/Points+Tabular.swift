extension Points {
    /// A whole score as an integer cell, a fraction with the decimals it has (70.5, 70.01).
    var tabularValue: Tabular.Value {
        isWhole ? .int(Int(hundredths / 100)) : .decimal(Double(hundredths) / 100, digits: hundredths % 10 == 0 ? 1 : 2)
    }
}
