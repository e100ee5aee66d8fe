extension OpenAPIPart {
    /// The rows the reads answer: each the `--format json` row of the CLI command (`Tabular`'s
    /// columns, `ProfileDocument` for a firm).
    static let readSchemas = OpenAPIPart(name: "readSchemas", text: #"""
    {
      "components": {
        "schemas": {
          "StatsRow": {
            "type": "object",
            "required": ["code", "name", "count"],
            "additionalProperties": false,
            "properties": {
              "code": {"type": "string"},
              "name": {"type": "string"},
              "count": {"type": "integer"},
              "at_position": {"type": "integer"},
              "tsme": {"type": "integer"},
              "hnte": {"type": "integer"},
              "growth": {"type": "integer"},
              "leader": {"type": "integer"}
            }
          },
          "FindRow": {
            "type": "object",
            "required": ["credit_code", "name", "former_names", "place", "position", "match"],
            "additionalProperties": false,
            "properties": {
              "credit_code": {"type": "string"},
              "name": {"type": "string"},
              "former_names": {"type": ["string", "null"]},
              "place": {"type": "string"},
              "position": {"type": ["string", "null"]},
              "match": {"enum": ["code", "name", "former-name", "name-contains", "former-name-contains"]}
            }
          },
          "SeriesRow": {
            "type": "object",
            "required": ["period", "end", "count"],
            "additionalProperties": false,
            "properties": {
              "period": {"type": "string"},
              "end": {"type": "string", "format": "date"},
              "code": {"type": "string"},
              "name": {"type": "string"},
              "count": {"type": "integer"}
            }
          },
          "CohortRow": {
            "type": "object",
            "required": ["year", "issued", "valid", "revoked", "ended", "recertified", "lapsed", "pending", "retention"],
            "additionalProperties": false,
            "properties": {
              "year": {"type": "integer"},
              "code": {"type": "string"},
              "name": {"type": "string"},
              "issued": {"type": "integer"},
              "valid": {"type": "integer"},
              "revoked": {"type": "integer"},
              "ended": {"type": "integer"},
              "recertified": {"type": "integer"},
              "lapsed": {"type": "integer"},
              "pending": {"type": "integer"},
              "retention": {"type": ["number", "null"]}
            }
          },
          "FunnelRow": {
            "type": "object",
            "required": ["year", "entered", "reached", "rate", "median_days"],
            "additionalProperties": false,
            "properties": {
              "year": {"type": "integer"},
              "entered": {"type": "integer"},
              "reached": {"type": "integer"},
              "rate": {"type": ["number", "null"]},
              "median_days": {"type": ["number", "null"]}
            }
          },
          "TargetRow": {
            "type": "object",
            "required": [
              "tier",
              "code",
              "name",
              "target",
              "due",
              "current",
              "year_before",
              "projection",
              "status",
              "set_by",
              "set_at"
            ],
            "additionalProperties": false,
            "properties": {
              "tier": {"enum": ["tsme", "hnte", "growth", "leader"]},
              "code": {"type": "string"},
              "name": {"type": "string"},
              "target": {"type": "integer"},
              "due": {"type": "string"},
              "current": {"type": "integer"},
              "year_before": {"type": "integer"},
              "projection": {"type": "integer"},
              "status": {"enum": ["met", "on-track", "off-track", "missed"]},
              "set_by": {"type": "string"},
              "set_at": {"type": "string"}
            }
          },
          "ExpiringRow": {
            "type": "object",
            "required": ["credit_code", "name", "city", "tier", "number", "last_valid_day", "days_left", "contact", "phone"],
            "additionalProperties": false,
            "properties": {
              "credit_code": {"type": "string"},
              "name": {"type": "string"},
              "city": {"type": "string"},
              "tier": {"enum": ["tsme", "hnte", "growth", "leader"]},
              "number": {"type": "string"},
              "last_valid_day": {"type": ["string", "null"]},
              "days_left": {"type": ["integer", "null"]},
              "contact": {"type": ["string", "null"]},
              "phone": {"type": ["string", "null"]}
            }
          },
          "LapsedRow": {
            "type": "object",
            "required": ["credit_code", "name", "city", "tier", "number", "start", "end", "renew_by", "contact", "phone"],
            "additionalProperties": false,
            "properties": {
              "credit_code": {"type": "string"},
              "name": {"type": "string"},
              "city": {"type": "string"},
              "tier": {"enum": ["tsme", "hnte", "growth", "leader"]},
              "number": {"type": "string"},
              "start": {"type": "string"},
              "end": {"type": ["string", "null"]},
              "renew_by": {"type": ["string", "null"]},
              "contact": {"type": ["string", "null"]},
              "phone": {"type": ["string", "null"]}
            }
          },
          "CandidateRow": {
            "type": "object",
            "required": ["credit_code", "name", "city", "reason", "ends", "score"],
            "additionalProperties": false,
            "properties": {
              "credit_code": {"type": "string"},
              "name": {"type": "string"},
              "city": {"type": "string"},
              "reason": {"enum": ["not-held", "ends-this-year"]},
              "ends": {"type": ["string", "null"]},
              "score": {"type": ["number", "null"]}
            }
          },
          "CandidateCityRow": {
            "type": "object",
            "required": ["code", "name", "not_held", "ends_this_year", "count"],
            "additionalProperties": false,
            "properties": {
              "code": {"type": "string"},
              "name": {"type": "string"},
              "not_held": {"type": "integer"},
              "ends_this_year": {"type": "integer"},
              "count": {"type": "integer"}
            }
          },
          "BatchRow": {
            "type": "object",
            "required": [
              "batch",
              "file",
              "size_bytes",
              "kind",
              "encoding",
              "sha256",
              "operator",
              "started_at",
              "rows",
              "new_enterprises",
              "updated_enterprises",
              "new_events",
              "new_facts",
              "unchanged",
              "rejected",
              "voided_at",
              "title"
            ],
            "additionalProperties": false,
            "properties": {
              "batch": {"type": "integer"},
              "file": {"type": "string"},
              "size_bytes": {"type": "integer"},
              "kind": {"type": "string"},
              "encoding": {"type": "string"},
              "sha256": {"type": "string"},
              "operator": {"type": "string"},
              "started_at": {"type": "string"},
              "rows": {"type": "integer"},
              "new_enterprises": {"type": "integer"},
              "updated_enterprises": {"type": "integer"},
              "new_events": {"type": "integer"},
              "new_facts": {"type": "integer"},
              "unchanged": {"type": "integer"},
              "rejected": {"type": "integer"},
              "voided_at": {"type": ["string", "null"]},
              "title": {"type": ["string", "null"]}
            }
          },
          "LogRow": {
            "type": "object",
            "required": ["at", "operator", "client", "record", "credit_code", "what", "source"],
            "additionalProperties": false,
            "properties": {
              "at": {"type": "string"},
              "operator": {"type": "string"},
              "client": {"type": ["string", "null"], "description": "the client address it was written from; null for a command run on the registry's machine"},
              "record": {
                "enum": [
                  "import",
                  "enterprise",
                  "event",
                  "facts",
                  "profile",
                  "policy",
                  "batch-void",
                  "correction",
                  "registration"
                ]
              },
              "credit_code": {"type": ["string", "null"]},
              "what": {"type": "string"},
              "source": {"type": "string"}
            }
          },
          "Profile": {
            "type": "object",
            "required": [
              "as_of",
              "known_at",
              "policy",
              "credit_code",
              "name",
              "registered_name",
              "region",
              "founded",
              "field",
              "position",
              "names",
              "qualifications",
              "events",
              "corrections"
            ],
            "additionalProperties": false,
            "properties": {
              "as_of": {"type": "string"},
              "known_at": {"type": ["string", "null"]},
              "policy": {
                "type": "object",
                "required": ["id", "version"],
                "additionalProperties": false,
                "properties": {"id": {"type": "string"}, "version": {"type": "integer"}}
              },
              "credit_code": {"type": "string"},
              "name": {"type": "string"},
              "registered_name": {"type": "string"},
              "region": {
                "type": "object",
                "required": ["division", "division_name", "city", "city_name", "zone"],
                "additionalProperties": false,
                "properties": {
                  "division": {"type": "string"},
                  "division_name": {"type": ["string", "null"]},
                  "city": {"type": "string"},
                  "city_name": {"type": "string"},
                  "zone": {"type": ["string", "null"]}
                }
              },
              "founded": {"type": ["string", "null"]},
              "field": {"type": ["string", "null"]},
              "position": {"enum": ["tsme", "hnte", "growth", "leader", null]},
              "names": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["name", "from"],
                  "additionalProperties": false,
                  "properties": {"name": {"type": "string"}, "from": {"type": ["string", "null"]}}
                }
              },
              "qualifications": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["event_id", "tier", "number", "category", "year", "start", "end", "revoked_on", "status"],
                  "additionalProperties": false,
                  "properties": {
                    "event_id": {"type": "integer"},
                    "tier": {"enum": ["tsme", "hnte", "growth", "leader"]},
                    "number": {"type": ["string", "null"]},
                    "category": {"type": ["string", "null"]},
                    "year": {"type": "integer"},
                    "start": {"type": "string"},
                    "end": {"type": ["string", "null"]},
                    "revoked_on": {"type": ["string", "null"]},
                    "status": {"type": "string"}
                  }
                }
              },
              "events": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "id",
                    "kind",
                    "effective",
                    "detail",
                    "recorded_at",
                    "operator",
                    "source",
                    "document",
                    "note",
                    "override",
                    "voided_by"
                  ],
                  "additionalProperties": false,
                  "properties": {
                    "id": {"type": "integer"},
                    "kind": {"type": "string"},
                    "effective": {"type": "string"},
                    "detail": {"type": "string"},
                    "recorded_at": {"type": "string"},
                    "operator": {"type": "string"},
                    "source": {"type": "string"},
                    "document": {"type": ["string", "null"]},
                    "note": {"type": ["string", "null"]},
                    "override": {"type": ["string", "null"]},
                    "voided_by": {"type": ["integer", "null"]}
                  }
                }
              },
              "corrections": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": ["id", "effective", "detail", "reason", "recorded_at", "operator", "source", "document", "note"],
                  "additionalProperties": false,
                  "properties": {
                    "id": {"type": "integer"},
                    "effective": {"type": ["string", "null"]},
                    "detail": {"type": "string"},
                    "reason": {"type": "string"},
                    "recorded_at": {"type": "string"},
                    "operator": {"type": "string"},
                    "source": {"type": "string"},
                    "document": {"type": ["string", "null"]},
                    "note": {"type": ["string", "null"]}
                  }
                }
              }
            }
          }
        }
      }
    }
    """#)
}
