extension OpenAPIPart {
    /// The reads: a firm, counts, lists, the log, each the JSON of its CLI command. Parameters are
    /// the CLI's options in snake_case; every read is narrowed to the account's region. Their
    /// answers' schemas are in `readSchemas`.
    static let reads = OpenAPIPart(name: "reads", text: #"""
    {
      "paths": {
        "/api/v1/enterprises/{code}": {
          "get": {
            "summary": "One firm, as `ladder show CODE --format json`",
            "description": "Its names, place, qualifications with their status, and events, on `as_of` as known at `known_at`. A firm placed outside the account's region on that day is 403 saying where it is.",
            "parameters": [
              {"name": "code", "in": "path", "required": true, "description": "The 统一社会信用代码 (or an exact current or former name).", "schema": {"type": "string"}},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Profile"}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/v1/stats": {
          "get": {
            "summary": "Counts, as `ladder stats --format json`",
            "description": "Valid qualifications by tier, or firms by position, city, county or field.",
            "parameters": [
              {"name": "tier", "in": "query", "required": false, "description": "Count holders of this tier only (tsme, hnte, growth, leader or 科小, 高企 …). The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "by", "in": "query", "required": false, "description": "Group by (default tier). by=city splits the province only.", "schema": {"enum": ["tier", "position", "city", "county", "field"]}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/StatsRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/find": {
          "get": {
            "summary": "Find firms, as `ladder find TEXT --region R --format json`",
            "description": "By credit code, current or former name, or two or more characters of a name; best first. Only firms in the account's region (or `region` within it) on `as_of` are listed; those matching outside it are counted in `X-Ladder-Outside-Region`. A credit code of a firm outside the region is 403 saying where it is. The CLI's notes (how many were found, did you mean …) come in `X-Ladder-Note` headers, percent-encoded UTF-8.",
            "parameters": [
              {"name": "q", "in": "query", "required": true, "description": "A credit code, a name, or two or more characters of a name.", "schema": {"type": "string", "minLength": 1}},
              {"name": "limit", "in": "query", "required": false, "description": "List at most this many firms (default 20).", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/FindRow"}}}},
                "headers": {
                  "X-Ladder-Outside-Region": {
                    "description": "firms matching outside the region read (only when the read is narrowed to a region)",
                    "schema": {"type": "string", "pattern": "^[0-9]+$"}
                  },
                  "X-Ladder-Note": {"description": "a note of the CLI's, percent-encoded UTF-8", "schema": {"type": "string"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/series": {
          "get": {
            "summary": "Counts over time, as `ladder series --format json`",
            "description": "Firms with a valid qualification of `tier` on the last day of each month, quarter or year from `from` to `to` (at most 100 years).",
            "parameters": [
              {"name": "tier", "in": "query", "required": true, "description": "The tier: tsme, hnte, growth, leader (or 科小, 高企, …). The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "from", "in": "query", "required": true, "description": "First month, YYYY-MM.", "schema": {"type": "string", "pattern": "^(19[5-9][0-9]|20[0-9]{2})-(0[1-9]|1[0-2])$"}},
              {"name": "to", "in": "query", "required": false, "description": "Last month, YYYY-MM (default: the month of as_of).", "schema": {"type": "string", "pattern": "^(19[5-9][0-9]|20[0-9]{2})-(0[1-9]|1[0-2])$"}},
              {"name": "every", "in": "query", "required": false, "description": "Count on the last day of each month (default), quarter or year.", "schema": {"enum": ["month", "quarter", "year"]}},
              {"name": "by", "in": "query", "required": false, "description": "by=city: a row per period and reporting region (the province only).", "schema": {"enum": ["city"]}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/SeriesRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/cohort": {
          "get": {
            "summary": "Each year's qualifications followed, as `ladder cohort --format json`",
            "description": "Issued in each year: still valid, revoked, ended and re-certified, lapsed or pending.",
            "parameters": [
              {"name": "tier", "in": "query", "required": false, "description": "The tier to follow (default hnte). The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "by", "in": "query", "required": false, "description": "by=city: each year by city (the province only).", "schema": {"enum": ["city"]}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/CohortRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/funnel": {
          "get": {
            "summary": "From a lower tier to a higher one, as `ladder funnel --format json`",
            "description": "Of the firms first entering `from` each year, how many reached `to` (within `within` years).",
            "parameters": [
              {"name": "from", "in": "query", "required": false, "description": "The lower tier (default tsme). The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "to", "in": "query", "required": false, "description": "The higher tier (default hnte). The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "within", "in": "query", "required": false, "description": "Count `to` only when reached within this many years.", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/FunnelRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/targets": {
          "get": {
            "summary": "Plan targets in force, as `ladder targets list --format json`",
            "description": "Each target of the region and the regions within it: the count now, a year before, the projection to its due day.",
            "parameters": [
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/TargetRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/expiring": {
          "get": {
            "summary": "Qualifications ending soon, as `ladder expiring --format json`",
            "description": "Valid on as_of, last valid day within `within` days (default 90) or in `year`; with contacts.",
            "parameters": [
              {"name": "tier", "in": "query", "required": false, "description": "List only this tier. The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "within", "in": "query", "required": false, "description": "Days ahead to look (default 90); not with year.", "schema": {"type": "integer", "minimum": 0, "maximum": 36500}},
              {"name": "year", "in": "query", "required": false, "description": "Those ending in this calendar year instead.", "schema": {"type": "integer", "minimum": 1949, "maximum": 2999}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/ExpiringRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/lapsed": {
          "get": {
            "summary": "Qualifications that ran out without a successor, as `ladder lapsed --format json`",
            "description": "Ended on or after `since` with no renewal within the policy's window; `pending=true` lists those whose window is still open.",
            "parameters": [
              {"name": "tier", "in": "query", "required": false, "description": "List only this tier. The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "since", "in": "query", "required": false, "description": "Earliest end day to list.", "schema": {"type": "string", "format": "date"}},
              {"name": "pending", "in": "query", "required": false, "description": "true: those whose renewal window is still open instead.", "schema": {"type": "boolean"}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/LapsedRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/candidates": {
          "get": {
            "summary": "Firms meeting a tier's rules without holding it, as `ladder candidates --format json`",
            "description": "Only firms with facts on file; with by=city, their counts by reporting region (the province only).",
            "parameters": [
              {"name": "tier", "in": "query", "required": true, "description": "The tier: tsme, hnte, growth, leader (or 科小, 高企, …). The Chinese names the CLI takes (科小, 高企, …) are accepted too.", "schema": {"enum": ["tsme", "hnte", "growth", "leader"]}},
              {"name": "category", "in": "query", "required": false, "description": "List category for growth and leader (unicorn, gazelle, …).", "schema": {"type": "string"}},
              {"name": "year", "in": "query", "required": false, "description": "Fiscal year evaluated (default: the year before as_of).", "schema": {"type": "integer", "minimum": 1949, "maximum": 2999}},
              {"name": "by", "in": "query", "required": false, "description": "by=city: counts by city.", "schema": {"enum": ["city"]}},
              {"$ref": "#/components/parameters/Region"},
              {"$ref": "#/components/parameters/AsOf"},
              {"$ref": "#/components/parameters/KnownAt"}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {
                  "application/json": {
                    "schema": {
                      "type": "array",
                      "items": {
                        "anyOf": [{"$ref": "#/components/schemas/CandidateRow"}, {"$ref": "#/components/schemas/CandidateCityRow"}]
                      }
                    }
                  }
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/imports": {
          "get": {
            "summary": "Import batches, as `ladder batches --region R --format json`",
            "description": "Every file imported, with who, when and what it did: those imported by accounts of the account's region or of a region within it (all, for the province).",
            "parameters": [{"$ref": "#/components/parameters/Region"}],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/BatchRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/log": {
          "get": {
            "summary": "Who recorded what, as `ladder log --region R --format json`",
            "description": "Oldest first: the records about firms placed in the region on as_of (today by default), and those made by accounts of the region or of a region within it (all, for the province).",
            "parameters": [
              {"name": "operator", "in": "query", "required": false, "description": "Only this operator's (account's) records.", "schema": {"type": "string"}},
              {"name": "since", "in": "query", "required": false, "description": "Only records from this day on (China time).", "schema": {"type": "string", "format": "date"}},
              {"$ref": "#/components/parameters/Region"},
              {"name": "as_of", "in": "query", "required": false, "description": "The day whose place of each firm decides whether it is in the region (default today).", "schema": {"type": "string", "format": "date"}}
            ],
            "responses": {
              "200": {
                "description": "the JSON of the CLI command",
                "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/LogRow"}}}}
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        }
      },
      "components": {
        "parameters": {
          "AsOf": {"name": "as_of", "in": "query", "required": false, "description": "The day the answer is for (YYYY-MM-DD), as --as-of; default today in China.", "schema": {"type": "string", "format": "date"}},
          "KnownAt": {"name": "known_at", "in": "query", "required": false, "description": "Use only what was recorded by then, as --known-at: YYYY-MM-DD (end of that day in China), YYYY-MM-DDTHH:MM (China time) or an ISO time with Z or an offset; default now.", "schema": {"type": "string"}},
          "Region": {"name": "region", "in": "query", "required": false, "description": "Only firms in this region on the day, as --region: a city (3607, 360700, 赣州), a county (360702, 章贡区), ganjiang or the province (360000). Default: the account's own region; a region outside it is 403.", "schema": {"type": "string", "examples": ["360000", "360700", "章贡区", "ganjiang"]}}
        }
      }
    }
    """#)
}
