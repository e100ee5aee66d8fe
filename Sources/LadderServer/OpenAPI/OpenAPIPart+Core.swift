extension OpenAPIPart {
    /// The top level, the ways to authenticate, the error answer, and the session, `me`, health and
    /// document routes.
    static let core = OpenAPIPart(name: "core", text: #"""
    {
      "openapi": "3.1.0",
      "info": {
        "title": "ladder",
        "version": "1",
        "description": "The registry of the tiered cultivation of technology enterprises (梯次培育), shared by a province's bureaus. Every answer is the JSON of the matching `ladder … --format json` command."
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
        "/api/v1/openapi.json": {
          "get": {
            "summary": "This document",
            "security": [],
            "responses": {"200": {"description": "the OpenAPI 3.1 document", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        }
      },
      "components": {
        "securitySchemes": {
          "session": {"type": "apiKey", "in": "cookie", "name": "ladder_session",
                      "description": "Set by POST /api/v1/session. Writes made with it need the session's csrf_token in X-CSRF-Token."},
          "bearer": {"type": "http", "scheme": "bearer", "description": "An API token made by `ladder accounts token NAME`."}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}, "additionalProperties": false}
        }
      }
    }
    """#)
}
