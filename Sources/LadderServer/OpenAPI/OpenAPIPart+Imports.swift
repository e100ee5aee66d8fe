extension OpenAPIPart {
    /// The imports routes' paths and schemas: an upload (dry run or apply) answering `ladder import
    /// --format json`'s summary, and an applied batch's rejects and problems as CSV.
    static let imports = OpenAPIPart(name: "imports", text: #"""
    {
      "paths": {
        "/api/v1/imports": {
          "post": {
            "summary": "Import a roster or published list (as `ladder import FILE --format json`)",
            "description": "The file is the body, with its name in X-Filename (percent-encoded UTF-8), or the field `file` of a multipart/form-data body. Its kind (CSV in UTF-8 or GB18030, .xlsx, .xls, PDF) is read from its content. Editors and admins only; a row of a firm outside the account's region is rejected and named in the summary's problems. A dry run writes nothing.",
            "parameters": [
              {"name": "dry_run", "in": "query", "required": false, "description": "true: read and report, write nothing (default false).",
               "schema": {"type": "string", "enum": ["true", "false", "1", "0", "yes", "no"]}},
              {"name": "as", "in": "query", "required": false, "description": "The kind of file, when its headers do not say (`ladder import --as`).",
               "schema": {"type": "string", "enum": ["roster", "hnte-list", "tsme-list", "selection-list", "rename-list", "revocation-list", "facts"]}},
              {"name": "year", "in": "query", "required": false, "description": "Fiscal year of the annual figures when the file has no 年度 column.",
               "schema": {"type": "integer", "minimum": 1949, "maximum": 2100}},
              {"name": "effective", "in": "query", "required": false, "description": "Day of the list's notice (YYYY-MM-DD) for rows without a date column.",
               "schema": {"type": "string", "format": "date"}},
              {"name": "X-Filename", "in": "header", "required": false, "description": "The file's name, percent-encoded UTF-8; required unless the body is multipart/form-data.",
               "schema": {"type": "string"}}
            ],
            "requestBody": {
              "required": true,
              "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                  "properties": {"file": {"type": "string", "format": "binary"}}}}
              }
            },
            "responses": {
              "200": {"description": "a dry run, or a file that recorded no batch", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportSummary"}}}},
              "201": {"description": "a batch recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportSummary"}}}},
              "400": {"description": "a bad parameter, or a file that cannot be read (damaged, disguised, no known columns)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "a viewer, or a cross-site request", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "413": {"description": "larger than the server's --max-upload", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/api/v1/imports/{id}/rejects": {
          "get": {
            "summary": "The rejected rows of a batch imported through the API, to fix and import again",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}],
            "responses": {
              "200": {"description": "the rejects file (UTF-8 with BOM, CRLF): the file's columns and 问题说明", "content": {"text/csv": {"schema": {"type": "string"}}}},
              "400": {"description": "id is not a number", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "imported by a region outside the account's", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "404": {"description": "no such batch on this server, or it rejected no rows", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/api/v1/imports/{id}/problems": {
          "get": {
            "summary": "Every problem of a batch imported through the API, one line each",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}],
            "responses": {
              "200": {"description": "the problems file (UTF-8 with BOM, CRLF)", "content": {"text/csv": {"schema": {"type": "string"}}}},
              "400": {"description": "id is not a number", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "imported by a region outside the account's", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "404": {"description": "no such batch on this server, or it found no problems", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        }
      },
      "components": {
        "schemas": {
          "ImportSummary": {
            "type": "object",
            "required": ["file", "title", "header_row", "batch", "kind", "encoding", "sha256", "dry_run", "rows", "new_enterprises",
                         "updated_enterprises", "new_events", "new_facts", "unchanged", "rejected", "warnings", "rejects_path",
                         "problems_path", "earlier_batches", "notes", "problems", "issues"],
            "additionalProperties": false,
            "properties": {
              "file": {"type": "string"},
              "title": {"type": ["string", "null"]},
              "header_row": {"type": "integer"},
              "batch": {"type": ["integer", "null"], "description": "the batch recorded; null in a dry run or when nothing was recorded"},
              "kind": {"type": "string"},
              "encoding": {"type": "string"},
              "sha256": {"type": "string"},
              "dry_run": {"type": "boolean"},
              "rows": {"type": "integer"},
              "new_enterprises": {"type": "integer"},
              "updated_enterprises": {"type": "integer"},
              "new_events": {"type": "integer"},
              "new_facts": {"type": "integer"},
              "unchanged": {"type": "integer"},
              "rejected": {"type": "integer"},
              "warnings": {"type": "integer"},
              "rejects_path": {"type": ["string", "null"], "description": "through the API: the download, /api/v1/imports/{id}/rejects"},
              "problems_path": {"type": ["string", "null"], "description": "through the API: the download, /api/v1/imports/{id}/problems"},
              "earlier_batches": {"type": "array", "items": {"type": "integer"}},
              "notes": {"type": "array", "items": {"type": "string"}},
              "problems": {"type": "array", "items": {"$ref": "#/components/schemas/ImportProblem"}},
              "issues": {"type": "array", "items": {"$ref": "#/components/schemas/ImportIssue"}}
            }
          },
          "ImportProblem": {
            "type": "object",
            "required": ["kind", "severity", "column", "message", "count", "rows", "values", "more_values", "original_rows"],
            "additionalProperties": false,
            "properties": {
              "kind": {"type": "string"}, "severity": {"type": "string", "enum": ["error", "warning"]},
              "column": {"type": "string"}, "message": {"type": "string"}, "count": {"type": "integer"},
              "rows": {"type": "array", "items": {"type": "integer"}}, "values": {"type": "array", "items": {"type": "string"}},
              "more_values": {"type": "boolean"}, "original_rows": {"type": "array", "items": {"type": ["integer", "null"]}}
            }
          },
          "ImportIssue": {
            "type": "object",
            "required": ["row", "original_row", "column", "value", "message", "severity"],
            "additionalProperties": false,
            "properties": {
              "row": {"type": "integer"}, "original_row": {"type": ["integer", "null"]}, "column": {"type": "string"},
              "value": {"type": "string"}, "message": {"type": "string"}, "severity": {"type": "string", "enum": ["error", "warning"]}
            }
          }
        }
      }
    }
    """#)
}
