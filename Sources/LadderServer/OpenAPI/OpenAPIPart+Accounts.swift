extension OpenAPIPart {
    /// The accounts routes' paths and schemas (AccountRoutes): admins manage the accounts of their
    /// region and the regions within it.
    static let accounts = OpenAPIPart(name: "accounts", text: #"""
    {
      "paths": {
        "/api/v1/accounts": {
          "get": {
            "summary": "The accounts of the admin's region and the regions within it (admins)",
            "responses": {
              "200": {"description": "by name", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/AccountListed"}}}}},
              "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "not an admin; the account is outside the admin's region; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          },
          "post": {
            "summary": "Add an account of the admin's region or a region within it (admins)",
            "requestBody": {
              "required": true,
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountRequest"}}}
            },
            "responses": {
              "201": {"description": "added", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountListed"}}}},
              "400": {"description": "a field is missing or not valid", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "409": {"description": "the name is taken", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "413": {"description": "the body is larger than 64 KB", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "not an admin; the account is outside the admin's region; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/api/v1/accounts/{name}/disable": {
          "post": {
            "summary": "Disable an account for good: its sessions and tokens stop at once (admins)",
            "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}, "description": "account name"}],
            "responses": {
              "200": {"description": "disabled (or already)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountListed"}}}},
              "404": {"description": "no such account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "422": {"description": "an admin's own account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "not an admin; the account is outside the admin's region; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/api/v1/accounts/{name}/tokens": {
          "get": {
            "summary": "An account's API tokens, revoked ones included (admins)",
            "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}, "description": "account name"}],
            "responses": {
              "200": {"description": "oldest first", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/AccountToken"}}}}},
              "404": {"description": "no such account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "not an admin; the account is outside the admin's region; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          },
          "post": {
            "summary": "Make an API token, answered only this once (admins)",
            "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}, "description": "account name"}],
            "responses": {
              "201": {"description": "the token, with the token itself", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountToken"}}}},
              "404": {"description": "no such account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "422": {"description": "the account is disabled", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "not an admin; the account is outside the admin's region; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/api/v1/accounts/{name}/tokens/{id}/revoke": {
          "post": {
            "summary": "Revoke an API token (admins)",
            "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}, "description": "account name"}, {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}, "description": "token number"}],
            "responses": {
              "200": {"description": "revoked (or already)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountToken"}}}},
              "400": {"description": "the id is not a number", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "404": {"description": "no such account or token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "401": {"description": "not signed in, or the session has ended", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "not an admin; the account is outside the admin's region; a cookie write without X-CSRF-Token; a foreign Origin", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        }
      },
      "components": {
        "schemas": {
          "AccountListed": {
            "type": "object",
            "properties": {
              "username": {"type": "string"},
              "role": {"type": "string", "enum": ["viewer", "editor", "admin"]},
              "region": {"type": "object", "properties": {"code": {"type": "string"}, "name": {"type": "string"}}, "required": ["code", "name"], "additionalProperties": false},
              "created_at": {"type": "string"},
              "disabled_at": {"type": "string"}
            },
            "required": ["username", "role", "region", "created_at"],
            "additionalProperties": false
          },
          "AccountRequest": {
            "type": "object",
            "properties": {
              "username": {"type": "string", "description": "1 to 64 letters, digits, '.', '_' or '-'", "minLength": 1, "maxLength": 64},
              "role": {"type": "string", "enum": ["viewer", "editor", "admin"]},
              "region": {"type": "string", "description": "360000 (province), a city, a county, or ganjiang: within the admin's region", "minLength": 1},
              "password": {"type": "string", "description": "8 to 72 bytes", "minLength": 8}
            },
            "required": ["username", "role", "region", "password"],
            "additionalProperties": false
          },
          "AccountToken": {
            "type": "object",
            "properties": {
              "id": {"type": "integer"},
              "username": {"type": "string"},
              "created_at": {"type": "string"},
              "revoked_at": {"type": "string"},
              "token": {"type": "string", "description": "the token itself, only in the answer that made it"}
            },
            "required": ["id", "username", "created_at"],
            "additionalProperties": false
          }
        }
      }
    }
    """#)
}
