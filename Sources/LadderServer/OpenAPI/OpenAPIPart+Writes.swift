extension OpenAPIPart {
    /// The writes routes' paths and schemas (WriteRoutes): every answer a write gives, 201 recorded,
    /// 200 already recorded, 422 refused by the rules with the CLI's reasons.
    static let writes = OpenAPIPart(name: "writes", text: #"""
    {
      "paths": {
        "/api/v1/enterprises": {
          "post": {
            "summary": "Add a firm (ladder add)",
            "description": "Placed in its code's division unless region says otherwise; the place must lie in the account's region.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AddRequest"}}}},
            "responses": {"201": {"description": "added", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AddResult"}}}}, "200": {"description": "already registered: the firm as it is today", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AddResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}
          }
        },
        "/api/v1/events/{id}/void": {
          "post": {
            "summary": "Void an event (ladder void ID)",
            "description": "By an editor whose region holds the firm on the day the event is about (for a move, the day before it).",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VoidRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "200": {"description": "already voided: the void that exists", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}, "description": "the event number (#)"}]
          }
        },
        "/api/v1/enterprises/{code}/facts": {
          "post": {
            "summary": "Set a firm's facts for a fiscal year (ladder facts set)",
            "description": "Only the figures given; by an editor whose region holds the firm today.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FactsRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FactsResult"}}}}, "200": {"description": "the same facts are on file: nothing written", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FactsResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "统一社会信用代码, or an exact current or former name"}]
          }
        },
        "/api/v1/enterprises/{code}/admit": {
          "post": {
            "summary": "Record a 科技型中小企业 admission (ladder admit)",
            "description": "By an editor (or admin) whose region holds the firm on the effective day; recorded under the account's name and client address.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AdmitRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "200": {"description": "already recorded: nothing written; what exists", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "统一社会信用代码, or an exact current or former name"}]
          }
        },
        "/api/v1/enterprises/{code}/certify": {
          "post": {
            "summary": "Record a 高新技术企业 certificate (ladder certify)",
            "description": "By an editor (or admin) whose region holds the firm on the effective day; recorded under the account's name and client address.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CertifyRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "200": {"description": "already recorded: nothing written; what exists", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "统一社会信用代码, or an exact current or former name"}]
          }
        },
        "/api/v1/enterprises/{code}/select": {
          "post": {
            "summary": "Record a listing on a growth or leader list (ladder select)",
            "description": "By an editor (or admin) whose region holds the firm on the effective day; recorded under the account's name and client address.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SelectRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "200": {"description": "already recorded: nothing written; what exists", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "统一社会信用代码, or an exact current or former name"}]
          }
        },
        "/api/v1/enterprises/{code}/revoke": {
          "post": {
            "summary": "End a qualification early (ladder revoke)",
            "description": "By an editor (or admin) whose region holds the firm on the effective day; recorded under the account's name and client address.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RevokeRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "200": {"description": "already recorded: nothing written; what exists", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "统一社会信用代码, or an exact current or former name"}]
          }
        },
        "/api/v1/enterprises/{code}/rename": {
          "post": {
            "summary": "Record a change of name (ladder rename)",
            "description": "By an editor (or admin) whose region holds the firm on the effective day; recorded under the account's name and client address.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RenameRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "200": {"description": "already recorded: nothing written; what exists", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "统一社会信用代码, or an exact current or former name"}]
          }
        },
        "/api/v1/enterprises/{code}/relocate": {
          "post": {
            "summary": "Record a move to another division (ladder relocate)",
            "description": "By an editor (or admin) whose region holds the firm on the effective day; recorded under the account's name and client address.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RelocateRequest"}}}},
            "responses": {"201": {"description": "recorded", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "200": {"description": "already recorded: nothing written; what exists", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteResult"}}}}, "400": {"description": "a field is missing or its value is not valid: the message names the field, the value and the fix", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "403": {"description": "a viewer; the firm is outside the account's region on the day in question; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "413": {"description": "the body is larger than a write needs (64 KB)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "422": {"description": "refused by the rules: the reasons, and for a promotion the failed criteria and the facts to enter first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WriteRefusal"}}}}, "503": {"description": "the registry is busy with another write; try again", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"description": "no such firm or event", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "parameters": [{"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "统一社会信用代码, or an exact current or former name"}]
          }
        }
      },
      "components": {
        "schemas": {
          "AddRequest": {
            "type": "object",
            "properties": {"code": {"type": "string", "description": "统一社会信用代码", "minLength": 1}, "name": {"type": "string", "minLength": 1}, "region": {"type": ["string", "null"], "description": "division code or Jiangxi division name; default: the code's division"}, "zone": {"type": ["string", "null"], "enum": ["ganjiang", null]}, "founded": {"type": ["string", "null"], "description": "a day, YYYY-MM-DD", "format": "date"}, "field": {"type": ["string", "null"]}, "contact": {"type": ["string", "null"]}, "phone": {"type": ["string", "null"]}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}},
            "required": ["code", "name"],
            "additionalProperties": false
          },
          "AddResult": {
            "type": "object",
            "properties": {"recorded": {"type": "boolean"}, "credit_code": {"type": "string", "minLength": 1}, "name": {"type": "string", "minLength": 1}, "location": {"type": "string", "minLength": 1}, "region": {"type": "string", "minLength": 1}, "message": {"type": "string", "minLength": 1}},
            "required": ["recorded", "credit_code", "name", "location", "region", "message"],
            "additionalProperties": false
          },
          "AdmitRequest": {
            "type": "object",
            "properties": {"number": {"type": "string", "description": "入库登记编号", "minLength": 1}, "effective": {"type": "string", "description": "a day, YYYY-MM-DD", "format": "date"}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}, "override": {"type": ["string", "null"], "description": "record it although the rules refuse it; the reason is kept on the event (editors and admins)"}},
            "required": ["number", "effective"],
            "additionalProperties": false
          },
          "CertifyRequest": {
            "type": "object",
            "properties": {"number": {"type": "string", "description": "certificate number, e.g. GR202336000123", "minLength": 1}, "issued": {"type": "string", "description": "a day, YYYY-MM-DD", "format": "date"}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}, "override": {"type": ["string", "null"], "description": "record it although the rules refuse it; the reason is kept on the event (editors and admins)"}},
            "required": ["number", "issued"],
            "additionalProperties": false
          },
          "SelectRequest": {
            "type": "object",
            "properties": {"tier": {"type": "string", "enum": ["growth", "leader"]}, "category": {"type": "string", "enum": ["unicorn", "potential-unicorn", "seed-unicorn", "gazelle", "potential-gazelle", "leader", "reserve"], "description": "a category of the tier's list"}, "year": {"type": "integer", "minimum": 1990, "maximum": 2200, "description": "the list's year"}, "effective": {"type": "string", "description": "a day, YYYY-MM-DD", "format": "date"}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}, "override": {"type": ["string", "null"], "description": "record it although the rules refuse it; the reason is kept on the event (editors and admins)"}},
            "required": ["tier", "category", "year", "effective"],
            "additionalProperties": false
          },
          "RevokeRequest": {
            "type": "object",
            "properties": {"tier": {"type": "string", "enum": ["tsme", "hnte", "growth", "leader"]}, "number": {"type": ["string", "null"], "description": "certificate or 入库 number (or list year) when the firm holds several"}, "effective": {"type": "string", "description": "a day, YYYY-MM-DD", "format": "date"}, "ground": {"type": ["string", "null"], "enum": ["fraud", "accident", "unreported-change", "missed-reports", "other", null]}, "reason": {"type": "string", "minLength": 1}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}},
            "required": ["tier", "effective", "reason"],
            "additionalProperties": false
          },
          "RenameRequest": {
            "type": "object",
            "properties": {"name": {"type": "string", "minLength": 1}, "effective": {"type": "string", "description": "a day, YYYY-MM-DD", "format": "date"}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}},
            "required": ["name", "effective"],
            "additionalProperties": false
          },
          "RelocateRequest": {
            "type": "object",
            "properties": {"region": {"type": "string", "description": "division code or Jiangxi division name", "minLength": 1}, "zone": {"type": ["string", "null"], "enum": ["ganjiang", null]}, "effective": {"type": "string", "description": "a day, YYYY-MM-DD", "format": "date"}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}},
            "required": ["region", "effective"],
            "additionalProperties": false
          },
          "FactsRequest": {
            "type": "object",
            "properties": {"year": {"type": "integer", "minimum": 1990, "maximum": 2200, "description": "the fiscal year"}, "unit": {"type": ["string", "null"], "enum": ["wan", "万元", "yuan", "元", null]}, "employees": {"type": ["integer", "string", "null"]}, "tech_staff": {"type": ["integer", "string", "null"]}, "revenue": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "total_assets": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "total_cost": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "rd_expense": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "rd_expense_in_china": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "high_tech_income": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "total_income": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "net_assets": {"type": ["number", "string", "null"], "description": "may be negative; in 万元 unless unit says yuan"}, "ip1": {"type": ["integer", "string", "null"]}, "ip2": {"type": ["integer", "string", "null"]}, "innovation_score": {"type": ["number", "string", "null"], "description": "a score with at most two decimals, e.g. 70.5"}, "innovation_ip": {"type": ["number", "string", "null"], "description": "a score with at most two decimals, e.g. 70.5"}, "innovation_conversion": {"type": ["number", "string", "null"], "description": "a score with at most two decimals, e.g. 70.5"}, "innovation_rd_management": {"type": ["number", "string", "null"], "description": "a score with at most two decimals, e.g. 70.5"}, "innovation_growth": {"type": ["number", "string", "null"], "description": "a score with at most two decimals, e.g. 70.5"}, "owns_core_ip": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "field": {"type": ["string", "null"]}, "major_accident": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "abnormal_operation": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "serious_dishonesty": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "national_award": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "provincial_rd_institution": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "led_standard": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "valuation_usd": {"type": ["integer", "string", "null"]}, "funding_cny": {"type": ["number", "string", "null"], "description": "in 万元 unless unit says yuan or the text carries its unit (500元)"}, "listed": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "jiangxi": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}, "bad_credit": {"type": ["boolean", "string", "null"], "description": "true/false, or as a roster writes it: 是/否, 有/无"}},
            "required": ["year"],
            "additionalProperties": false
          },
          "FactsResult": {
            "type": "object",
            "properties": {"recorded": {"type": "boolean"}, "credit_code": {"type": "string", "minLength": 1}, "year": {"type": "integer"}, "stored": {"type": "array", "items": {"type": "string"}}, "message": {"type": "string", "minLength": 1}},
            "required": ["recorded", "credit_code", "year", "stored", "message"],
            "additionalProperties": false
          },
          "VoidRequest": {
            "type": "object",
            "properties": {"reason": {"type": "string", "minLength": 1}, "document": {"type": ["string", "null"], "description": "文号 of the notice"}, "note": {"type": ["string", "null"]}},
            "required": ["reason"],
            "additionalProperties": false
          },
          "WriteResult": {
            "type": "object",
            "properties": {"recorded": {"type": "boolean"}, "event_id": {"type": "integer"}, "kind": {"type": "string"}, "effective": {"type": "string"}, "message": {"type": "string", "minLength": 1}},
            "required": ["recorded", "message"],
            "additionalProperties": false
          },
          "WriteRefusal": {
            "type": "object",
            "properties": {"error": {"type": "string", "minLength": 1}, "credit_code": {"type": "string"}, "tier": {"type": "string"}, "verdict": {"type": "string"}, "failed": {"type": "array", "items": {"type": "string"}}, "missing": {"type": "array", "items": {"type": "string"}}, "problems": {"type": "array", "items": {"type": "string"}}},
            "required": ["error"],
            "additionalProperties": false
          }
        }
      }
    }
    """#)
}
