extension OpenAPIPart {
    /// The top level, the ways to authenticate, the error answer, and the session, `me`, health and
    /// document routes.
    static let core = OpenAPIPart(name: "core", text: #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "ladder",
        "version": "1",
        "description": "The registry of the tiered cultivation of technology enterprises (梯次培育), shared by a province's bureaus. Every answer is the JSON of the matching `ladder … --format json` command. Messages for people (an error's `error`) are in the reader's language: `lang` (zh or en) on any request, else the cookie `ladder_lang`, else `Accept-Language` (zh… is Chinese, anything else English), else the server's own (`ladder serve --lang`); JSON keys and values are the same in every language."
      },
      "security": [{"session": []}, {"bearer": []}],
      "paths": {
        "/healthz": {
          "get": {
            "summary": "Whether the server is up",
            "security": [],
            "responses": {"200": {"description": "up", "content": {"application/json": {"schema": {
              "type": "object", "required": ["status"], "properties": {"status": {"const": "ok"}}}}}}}
          }
        },
        "/api/v1/session": {
          "post": {
            "summary": "Sign in",
            "description": "Checks the username and password and sets the session cookie (HttpOnly, SameSite=Strict). The answer carries `csrf_token`: send it back in `X-CSRF-Token` on every write made with the cookie. Five failed sign-ins for one account or from one client lock further tries for 15 minutes; an unknown user and a wrong password are refused in the same words.",
            "security": [],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {
              "type": "object", "required": ["username", "password"],
              "properties": {"username": {"type": "string"}, "password": {"type": "string"}}}}}},
            "responses": {
              "200": {"description": "signed in; the cookie `ladder_session` is set",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"description": "wrong username or password, or the account is disabled",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"$ref": "#/components/responses/Forbidden"},
              "413": {"description": "the body is too large", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "429": {"description": "too many failed sign-ins for this account or from this client; wait",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          },
          "delete": {
            "summary": "Sign out",
            "description": "Ends the session of the cookie sent and clears the cookie. With a bearer token there is no session to end (400): revoke the token instead.",
            "responses": {
              "204": {"description": "signed out"},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"$ref": "#/components/responses/Unauthorized"},
              "403": {"$ref": "#/components/responses/Forbidden"}
            }
          }
        },
        "/api/v1/me": {
          "get": {
            "summary": "The account signed in",
            "responses": {
              "200": {"description": "the account, and whether it came by session or token",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}},
              "401": {"$ref": "#/components/responses/Unauthorized"}
            }
          }
        },
        "/api/v1/openapi.json": {
          "get": {
            "summary": "This document",
            "security": [],
            "responses": {"200": {"description": "the OpenAPI 3.1 document", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        }
      },
      "components": {
        "parameters": {
          "Lang": {"name": "lang", "in": "query", "required": false, "description": "The language of the answer's messages for people: zh (简体中文) or en; any other value is passed over. Never changes JSON keys or values.", "schema": {"type": "string", "examples": ["zh", "en"]}}
        },
        "securitySchemes": {
          "session": {"type": "apiKey", "in": "cookie", "name": "ladder_session",
                      "description": "Set by POST /api/v1/session. Writes made with it need the session's csrf_token in X-CSRF-Token."},
          "bearer": {"type": "http", "scheme": "bearer", "description": "An API token made by `ladder accounts token NAME`."}
        },
        "responses": {
          "BadRequest": {"description": "bad input: the message names the parameter or field, the value and the fix",
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Unauthorized": {"description": "not signed in, the session has ended, or the token is unknown or revoked",
                           "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "Forbidden": {"description": "outside the account's region or role, or a cross-site or CSRF-less write; the message says why",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "no such firm (or endpoint)",
                       "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}, "additionalProperties": false},
          "Account": {
            "type": "object", "required": ["username", "role", "region"], "additionalProperties": false,
            "properties": {
              "username": {"type": "string"},
              "role": {"enum": ["viewer", "editor", "admin"]},
              "region": {"type": "object", "required": ["code", "name"], "additionalProperties": false,
                         "properties": {"code": {"type": "string", "description": "360000 (the province), a city or county code, or ganjiang"},
                                        "name": {"type": "string"}}},
              "authentication": {"enum": ["session", "token"]},
              "csrf_token": {"type": "string", "description": "only in the sign-in answer: send it as X-CSRF-Token on writes made with the cookie"}
            }
          }
        }
      }
    }
    """#)
}
