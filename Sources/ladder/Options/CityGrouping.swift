import ArgumentParser

/// `--by city` on reports that group by region only (series, cohort); `stats --by` has more.
enum CityGrouping: String, CaseIterable, ExpressibleByArgument {
    case city
}
