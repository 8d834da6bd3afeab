// The OpenAPI 3.1 document for every route the server registers: the contract that
// `GET /openapi.json` serves, `OpenAPITests` checks against the router, and
// `scripts/check-api-contract` validates and fuzzes (openapi-spec-validator, schemathesis).
//
// Why a raw string literal rather than a `.json` resource: a SwiftPM `resources:`
// declaration pulls Foundation's `Bundle` into the binary, and an undeclared `.json` in the
// target folder is a build warning (CI fails on warnings). A literal needs no file I/O at
// start-up, no build step, and the bytes served are exactly the bytes the tests parse.
// Edit it as JSON (no escaping is needed inside `#"""`); `scripts/check-api-contract`
// fetches it from a live server and validates it.

/// The OpenAPI document, served byte for byte.
package enum OpenAPIDocument {
    package static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Lede API",
    "version": "1.0.0",
    "summary": "News articles, the entities they mention and a timeline of dated events.",
    "description": "Every JSON answer is UTF-8 `application/json`; every error is an RFC 9457 `application/problem+json` document whose `type` names the problem (see docs/api.md). GET answers carry a strong `ETag` and honour `If-None-Match`; HEAD and OPTIONS are answered for every path. Unknown, repeated or malformed query parameters are 400 naming the parameter in `invalid_params`."
  },
  "tags": [
    { "name": "articles", "description": "Articles and their views." },
    { "name": "corpus", "description": "Corpus-wide queries." },
    { "name": "operations", "description": "Probes, metrics and this document." }
  ],
  "paths": {
    "/healthz": {
      "get": {
        "operationId": "getHealthz", "tags": ["operations"],
        "summary": "Liveness, the traditional name (alias of /livez).",
        "responses": { "200": { "$ref": "#/components/responses/Alive" } }
      }
    },
    "/livez": {
      "get": {
        "operationId": "getLivez", "tags": ["operations"],
        "summary": "Liveness: 200 while the process serves.",
        "responses": { "200": { "$ref": "#/components/responses/Alive" } }
      }
    },
    "/readyz": {
      "get": {
        "operationId": "getReadyz", "tags": ["operations"],
        "summary": "Readiness: 200 once the corpus is loaded, 503 while loading or draining.",
        "responses": {
          "200": { "description": "Ready for traffic.", "headers": { "Cache-Control": { "$ref": "#/components/headers/NoStore" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } },
          "503": { "description": "Loading the corpus or draining for shutdown.", "headers": { "Cache-Control": { "$ref": "#/components/headers/NoStore" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } }
        }
      }
    },
    "/metrics": {
      "get": {
        "operationId": "getMetrics", "tags": ["operations"],
        "summary": "Prometheus metrics in the text exposition format.",
        "responses": {
          "200": { "description": "Counters, gauges and histograms (Prometheus text format 0.0.4).",
            "content": { "text/plain": { "schema": { "type": "string" } } } }
        }
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "getOpenAPI", "tags": ["operations"],
        "summary": "This document.",
        "responses": {
          "200": { "description": "The OpenAPI 3.1 document.", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" } },
            "content": { "application/json": { "schema": { "type": "object", "required": ["openapi", "info", "paths"] } } } },
          "304": { "$ref": "#/components/responses/NotModified" }
        }
      }
    },
    "/v1/articles": {
      "get": {
        "operationId": "listArticles", "tags": ["articles"],
        "summary": "Articles, newest first, a page at a time.",
        "parameters": [ { "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/ArticlesCursor" } ],
        "responses": {
          "200": { "description": "One page of article summaries.", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" }, "Link": { "$ref": "#/components/headers/Link" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ArticleList" } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      },
      "post": {
        "operationId": "createArticle", "tags": ["articles"],
        "summary": "Store a new article (durably) and extract it.",
        "description": "Without `id` the id is derived from the title. Answered once the article's file is on disk.",
        "security": [ { "bearerAuth": [] } ],
        "requestBody": { "$ref": "#/components/requestBodies/Article" },
        "responses": {
          "201": { "description": "Stored; `Location` names the new article.",
            "headers": { "Location": { "required": true, "schema": { "type": "string", "pattern": "^/v1/articles/[a-z0-9]+(-[a-z0-9]+)*$" } },
              "Cache-Control": { "$ref": "#/components/headers/NoStore" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StoredArticle" } } } },
          "400": { "$ref": "#/components/responses/BadRequest" },
          "401": { "$ref": "#/components/responses/Unauthorized" },
          "403": { "$ref": "#/components/responses/WritesDisabled" },
          "409": { "$ref": "#/components/responses/Conflict" },
          "413": { "$ref": "#/components/responses/TooLarge" },
          "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
          "422": { "$ref": "#/components/responses/InvalidArticle" },
          "500": { "$ref": "#/components/responses/Storage" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    },
    "/v1/articles/{id}": {
      "parameters": [ { "$ref": "#/components/parameters/ArticleID" } ],
      "get": {
        "operationId": "getArticle", "tags": ["articles"],
        "summary": "The full article: metadata, body, paragraphs, boilerplate ranges and links.",
        "parameters": [ { "$ref": "#/components/parameters/Offsets" } ],
        "responses": {
          "200": { "description": "The article.", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Article" } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "404": { "$ref": "#/components/responses/NotFound" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      },
      "put": {
        "operationId": "replaceArticle", "tags": ["articles"],
        "summary": "Replace an existing article, in the file and format it already lives in.",
        "description": "The id comes from the path; a body `id`, if sent anyway, must equal it (422 otherwise).",
        "security": [ { "bearerAuth": [] } ],
        "requestBody": { "$ref": "#/components/requestBodies/Replacement" },
        "responses": {
          "200": { "description": "Stored.", "headers": { "Cache-Control": { "$ref": "#/components/headers/NoStore" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StoredArticle" } } } },
          "400": { "$ref": "#/components/responses/BadRequest" },
          "401": { "$ref": "#/components/responses/Unauthorized" },
          "403": { "$ref": "#/components/responses/WritesDisabled" },
          "404": { "$ref": "#/components/responses/NotFound" },
          "413": { "$ref": "#/components/responses/TooLarge" },
          "415": { "$ref": "#/components/responses/UnsupportedMediaType" },
          "422": { "$ref": "#/components/responses/InvalidArticle" },
          "500": { "$ref": "#/components/responses/Storage" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      },
      "delete": {
        "operationId": "deleteArticle", "tags": ["articles"],
        "summary": "Delete an article and its file.",
        "security": [ { "bearerAuth": [] } ],
        "responses": {
          "204": { "description": "Deleted." },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "401": { "$ref": "#/components/responses/Unauthorized" },
          "403": { "$ref": "#/components/responses/WritesDisabled" },
          "404": { "$ref": "#/components/responses/NotFound" },
          "500": { "$ref": "#/components/responses/Storage" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    },
    "/v1/articles/{id}/entities": {
      "get": {
        "operationId": "getArticleEntities", "tags": ["articles"],
        "summary": "The entities an article mentions, with every mention's offsets.",
        "description": "`format=displacy` gives displaCy's manual-rendering input (code point offsets only: it cannot be combined with `offsets`).",
        "parameters": [ { "$ref": "#/components/parameters/ArticleID" }, { "$ref": "#/components/parameters/Types" }, { "$ref": "#/components/parameters/Offsets" },
          { "name": "format", "in": "query", "schema": { "type": "string", "enum": ["json", "displacy"], "default": "json" } } ],
        "responses": {
          "200": { "description": "The entities (or the displaCy document).", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" } },
            "content": { "application/json": { "schema": { "oneOf": [ { "$ref": "#/components/schemas/ArticleEntities" }, { "$ref": "#/components/schemas/Displacy" } ] } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "404": { "$ref": "#/components/responses/NotFound" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    },
    "/v1/articles/{id}/timeline": {
      "get": {
        "operationId": "getArticleTimeline", "tags": ["articles"],
        "summary": "An article's dated events in date order.",
        "description": "`format=timelinejs` gives Knight Lab TimelineJS JSON (no offsets: it cannot be combined with `offsets`).",
        "parameters": [ { "$ref": "#/components/parameters/ArticleID" }, { "$ref": "#/components/parameters/Offsets" },
          { "name": "format", "in": "query", "schema": { "type": "string", "enum": ["json", "timelinejs"], "default": "json" } } ],
        "responses": {
          "200": { "description": "The timeline (or the TimelineJS document).", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" } },
            "content": { "application/json": { "schema": { "oneOf": [ { "$ref": "#/components/schemas/ArticleTimeline" }, { "$ref": "#/components/schemas/TimelineJS" } ] } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "404": { "$ref": "#/components/responses/NotFound" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    },
    "/v1/entities": {
      "get": {
        "operationId": "listEntities", "tags": ["corpus"],
        "summary": "Corpus entities, most articles first, then most mentions, then id.",
        "parameters": [ { "$ref": "#/components/parameters/Types" },
          { "name": "q", "in": "query", "description": "Matches names and aliases, case-insensitively. Like every query value, it may not contain NUL (%00).", "schema": { "type": "string", "minLength": 1, "pattern": "^[^\\u0000]+$" } },
          { "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/EntitiesCursor" } ],
        "responses": {
          "200": { "description": "One page of corpus entities.", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" }, "Link": { "$ref": "#/components/headers/Link" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EntityList" } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    },
    "/v1/entities/{id}": {
      "get": {
        "operationId": "getEntity", "tags": ["corpus"],
        "summary": "One corpus entity with its mentions grouped by article, newest first, `limit` articles per page.",
        "parameters": [ { "$ref": "#/components/parameters/EntityID" }, { "$ref": "#/components/parameters/Offsets" },
          { "$ref": "#/components/parameters/Limit" }, { "$ref": "#/components/parameters/EntityCursor" } ],
        "responses": {
          "200": { "description": "The entity and one page of its articles.", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" }, "Link": { "$ref": "#/components/headers/Link" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EntityDetail" } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "404": { "$ref": "#/components/responses/NotFound" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    },
    "/v1/timeline": {
      "get": {
        "operationId": "getTimeline", "tags": ["corpus"],
        "summary": "The merged corpus timeline: events overlapping [from, to], by date then article.",
        "parameters": [
          { "name": "from", "in": "query", "description": "First day of interest (YYYY, YYYY-MM or YYYY-MM-DD).", "schema": { "$ref": "#/components/schemas/PartialDate" } },
          { "name": "to", "in": "query", "description": "Last day of interest; not before `from`.", "schema": { "$ref": "#/components/schemas/PartialDate" } },
          { "name": "entity", "in": "query", "description": "Only events involving this corpus entity (an id from /v1/entities; an unknown id is 400).", "schema": { "$ref": "#/components/schemas/Slug" } },
          { "name": "limit", "in": "query", "description": "Events per page.", "schema": { "type": "integer", "minimum": 1, "maximum": 1000, "default": 100 } },
          { "$ref": "#/components/parameters/TimelineCursor" } ],
        "responses": {
          "200": { "description": "One page of events.", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" }, "Link": { "$ref": "#/components/headers/Link" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/CorpusTimeline" } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    },
    "/v1/search": {
      "get": {
        "operationId": "search", "tags": ["corpus"],
        "summary": "Articles ranked by BM25 with a highlighted HTML snippet.",
        "parameters": [
          { "name": "q", "in": "query", "required": true, "description": "The words to search for: letter and digit runs, lowercased; English stop words are ignored, and a query with no other word is 400.",
            "schema": { "type": "string", "minLength": 1, "pattern": "^[^\\u0000]*[^\\s!-/:-@\\[-`{-~\\u0000][^\\u0000]*$" } },
          { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 10 } } ],
        "responses": {
          "200": { "description": "The best matches, best first.", "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" }, "Vary": { "$ref": "#/components/headers/Vary" } },
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/SearchResults" } } } },
          "304": { "$ref": "#/components/responses/NotModified" },
          "400": { "$ref": "#/components/responses/InvalidParameters" },
          "414": { "$ref": "#/components/responses/UriTooLong" },
          "503": { "$ref": "#/components/responses/Loading" }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": { "type": "http", "scheme": "bearer", "description": "The write token (`LEDE_WRITE_TOKEN` or `writeToken` in the configuration). With none configured, writes answer 403." }
    },
    "parameters": {
      "ArticleID": { "name": "id", "in": "path", "required": true, "description": "An article id (a slug).", "schema": { "$ref": "#/components/schemas/Slug" } },
      "EntityID": { "name": "id", "in": "path", "required": true, "description": "A corpus entity id (`type-slug`), or the id of any member's own name.", "schema": { "$ref": "#/components/schemas/Slug" } },
      "Limit": { "name": "limit", "in": "query", "description": "Items per page.", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 20 } },
      "ArticlesCursor": { "name": "cursor", "in": "query", "description": "`next_cursor` from the previous page, unchanged. Opaque to clients; the pattern is the server's own format (a foreign cursor is 400).", "schema": { "type": "string", "maxLength": 2048, "pattern": "^63311f(3[1-9](3[0-9]){3}(2d(303[1-9]|313[0-2])(2d(303[1-9]|313[0-9]|323[0-8]))?)?)?1f([2-7][0-9a-f])*$" } },
      "EntitiesCursor": { "name": "cursor", "in": "query", "description": "`next_cursor` from the previous page, unchanged. Opaque to clients; the pattern is the server's own format (a foreign cursor is 400).", "schema": { "type": "string", "maxLength": 2048, "pattern": "^63311f(30|3[1-9](3[0-9]){0,8})1f(30|3[1-9](3[0-9]){0,8})1f([2-7][0-9a-f])*$" } },
      "EntityCursor": { "name": "cursor", "in": "query", "description": "`next_cursor` from the previous page, unchanged. Opaque to clients; the pattern is the server's own format (a foreign cursor is 400).", "schema": { "type": "string", "maxLength": 2048, "pattern": "^63311f(3[1-9](3[0-9]){3}(2d(303[1-9]|313[0-2])(2d(303[1-9]|313[0-9]|323[0-8]))?)?)?1f([2-7][0-9a-f])*1f(30|3[1-9](3[0-9]){0,8})$" } },
      "TimelineCursor": { "name": "cursor", "in": "query", "description": "`next_cursor` from the previous page, unchanged. Opaque to clients; the pattern is the server's own format (a foreign cursor is 400).", "schema": { "type": "string", "maxLength": 2048, "pattern": "^63311f([2-7][0-9a-f])*1f([2-7][0-9a-f])*1f([2-7][0-9a-f])*1f(30|3[1-9](3[0-9]){0,8})$" } },
      "Offsets": { "name": "offsets", "in": "query", "description": "What offsets count.", "schema": { "$ref": "#/components/schemas/OffsetUnit" } },
      "Types": { "name": "type", "in": "query", "description": "Comma-separated entity types.", "schema": { "type": "string", "pattern": "^(person|place|agency|policy)(,(person|place|agency|policy))*$" }, "example": "person,place" }
    },
    "requestBodies": {
      "Article": { "required": true, "description": "The article as JSON (at most 512 KiB).",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ArticleInput" } } } },
      "Replacement": { "required": true, "description": "The replacement article as JSON (at most 512 KiB), without `id`.",
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ArticleReplacement" } } } }
    },
    "headers": {
      "ETag": { "required": true, "description": "Strong validator; the gzip form has its own (`-gz`).", "schema": { "type": "string", "pattern": "^\"[0-9a-f]{16}(-gz)?\"$" } },
      "CacheControl": { "required": true, "description": "Clients may store the answer but must revalidate.", "schema": { "type": "string", "const": "no-cache" } },
      "NoStore": { "required": true, "schema": { "type": "string", "const": "no-store" } },
      "Vary": { "required": true, "schema": { "type": "string", "const": "Accept-Encoding" } },
      "Link": { "description": "The next page, with the other parameters kept; absent on the last page.", "schema": { "type": "string", "pattern": "^<[^>]+>; rel=\"next\"$" } }
    },
    "responses": {
      "Alive": { "description": "The process serves.", "headers": { "Cache-Control": { "$ref": "#/components/headers/NoStore" } },
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } },
      "NotModified": { "description": "`If-None-Match` matched the current `ETag`.",
        "headers": { "ETag": { "$ref": "#/components/headers/ETag" }, "Cache-Control": { "$ref": "#/components/headers/CacheControl" } } },
      "BadRequest": { "description": "`/problems/malformed-json` (the body is not JSON) or `/problems/invalid-parameters` (query parameters given).",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "InvalidParameters": { "description": "`/problems/invalid-parameters`: `invalid_params` names every bad query parameter.",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "Unauthorized": { "description": "`/problems/unauthorized`: the bearer token is missing or wrong.",
        "headers": { "WWW-Authenticate": { "required": true, "schema": { "type": "string", "pattern": "^Bearer realm=\"lede\"" } } },
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "WritesDisabled": { "description": "`/problems/writes-disabled`: no write token is configured; the detail says how to enable writes.",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "NotFound": { "description": "`/problems/not-found`: no article or entity has this id.",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "Conflict": { "description": "`/problems/conflict`: an article with this id exists (PUT replaces it).",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "TooLarge": { "description": "`/problems/too-large`: the article JSON is over 512 KiB.",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "UnsupportedMediaType": { "description": "`/problems/unsupported-media-type`: the body is not `application/json`.",
        "headers": { "Accept-Post": { "required": true, "schema": { "type": "string", "const": "application/json" } } },
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "InvalidArticle": { "description": "`/problems/invalid-article`: `invalid_params` names every bad field.",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "Storage": { "description": "`/problems/storage`: the disk write failed; nothing changed.",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "UriTooLong": { "description": "The request target is longer than 8 KiB (long query values).",
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "Loading": { "description": "`/problems/loading`: the corpus is still loading.",
        "headers": { "Retry-After": { "required": true, "schema": { "type": "string", "pattern": "^[0-9]+$" } } },
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
    },
    "schemas": {
      "Problem": {
        "description": "RFC 9457 problem details, with `invalid_params` naming offending parameters or fields.",
        "type": "object", "additionalProperties": false, "required": ["type", "title", "status"],
        "properties": {
          "type": { "type": "string", "description": "The problem type: `about:blank` for protocol-level errors (bad path encoding, 405, 414), else one of Lede's `/problems/…` references (docs/api.md lists when each occurs).",
            "enum": ["about:blank", "/problems/invalid-parameters", "/problems/malformed-json", "/problems/unauthorized", "/problems/writes-disabled", "/problems/not-found",
              "/problems/conflict", "/problems/too-large", "/problems/unsupported-media-type", "/problems/invalid-article", "/problems/storage", "/problems/loading"] },
          "title": { "type": "string" },
          "status": { "type": "integer", "minimum": 400, "maximum": 599 },
          "detail": { "type": "string" },
          "invalid_params": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "reason"],
            "properties": { "name": { "type": "string" }, "reason": { "type": "string" } } } }
        }
      },
      "Health": { "type": "object", "additionalProperties": false, "required": ["status"],
        "properties": { "status": { "type": "string", "enum": ["ok", "ready", "loading", "draining"] } } },
      "Slug": { "type": "string", "description": "Lowercase a-z, 0-9 and single hyphens, at most 128 characters.", "minLength": 1, "maxLength": 128, "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" },
      "PartialDate": { "type": "string", "description": "An ISO 8601 year, year-month or calendar date.",
        "pattern": "^([1-9][0-9]{3}(-(0[1-9]|1[0-2]))?|[1-9][0-9]{3}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)|([1-9][0-9](0[48]|[2468][048]|[13579][26])|([2468][048]|[13579][26])00)-02-29)$" },
      "Published": { "type": "string", "description": "An ISO 8601 year, year-month, date, or date-time with `Z` or an offset.",
        "pattern": "^([1-9][0-9]{3}(-(0[1-9]|1[0-2]))?|([1-9][0-9]{3}-((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)|([1-9][0-9](0[48]|[2468][048]|[13579][26])|([2468][048]|[13579][26])00)-02-29)(T([01][0-9]|2[0-3]):[0-5][0-9](:([0-5][0-9]|60)(\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)$" },
      "OffsetUnit": { "type": "string", "enum": ["codepoint", "utf8", "utf16"], "default": "codepoint", "description": "Unicode code points (default), UTF-8 bytes or UTF-16 code units." },
      "EntityType": { "type": "string", "enum": ["person", "place", "agency", "policy"] },
      "NullableString": { "type": ["string", "null"] },
      "Range": { "type": "object", "additionalProperties": false, "required": ["start", "end"],
        "properties": { "start": { "type": "integer", "minimum": 0 }, "end": { "type": "integer", "minimum": 0 } } },
      "EntityCounts": { "type": "object", "additionalProperties": false, "required": ["person", "place", "agency", "policy"],
        "properties": { "person": { "type": "integer", "minimum": 0 }, "place": { "type": "integer", "minimum": 0 },
          "agency": { "type": "integer", "minimum": 0 }, "policy": { "type": "integer", "minimum": 0 } } },
      "ArticleInput": {
        "type": "object", "additionalProperties": false, "required": ["title", "body"],
        "anyOf": [
          { "required": ["id"], "properties": { "id": { "$ref": "#/components/schemas/Slug" } } },
          { "properties": { "title": { "pattern": "[A-Za-z0-9]" } } }
        ],
        "description": "Unknown fields are errors. The title and metadata fields are single lines of at most 2048 UTF-8 bytes (`maxLength` counts characters, so multi-byte text reaches the limit sooner). A POST without `id` derives it from the title, which then needs an ASCII letter or digit.",
        "properties": {
          "id": { "oneOf": [ { "$ref": "#/components/schemas/Slug" }, { "type": "null" } ] },
          "title": { "type": "string", "minLength": 1, "maxLength": 2048, "pattern": "^[^\\r\\n]*\\S[^\\r\\n]*$" },
          "body": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Bounded by the 512 KiB document limit (413)." },
          "published": { "oneOf": [ { "$ref": "#/components/schemas/Published" }, { "type": "null" } ] },
          "source": { "$ref": "#/components/schemas/MetadataLine" },
          "url": { "oneOf": [ { "type": "string", "maxLength": 2048, "pattern": "^https?://[^ \\r\\n]*$" }, { "type": "null" } ] },
          "byline": { "$ref": "#/components/schemas/MetadataLine" },
          "dateline": { "$ref": "#/components/schemas/MetadataLine" }
        },
        "example": { "title": "Flint water update", "body": "In March 2025, the Environmental Protection Agency (EPA) met Flint officials.", "published": "2025-03-14", "source": "Example News" }
      },
      "ArticleReplacement": {
        "type": "object", "additionalProperties": false, "required": ["title", "body"],
        "description": "Unknown fields are errors. The title and metadata fields are single lines of at most 2048 UTF-8 bytes (`maxLength` counts characters, so multi-byte text reaches the limit sooner). The id is the path's.",
        "properties": {
          "title": { "type": "string", "minLength": 1, "maxLength": 2048, "pattern": "^[^\\r\\n]*\\S[^\\r\\n]*$" },
          "body": { "type": "string", "minLength": 1, "pattern": "\\S", "description": "Bounded by the 512 KiB document limit (413)." },
          "published": { "oneOf": [ { "$ref": "#/components/schemas/Published" }, { "type": "null" } ] },
          "source": { "$ref": "#/components/schemas/MetadataLine" },
          "url": { "oneOf": [ { "type": "string", "maxLength": 2048, "pattern": "^https?://[^ \\r\\n]*$" }, { "type": "null" } ] },
          "byline": { "$ref": "#/components/schemas/MetadataLine" },
          "dateline": { "$ref": "#/components/schemas/MetadataLine" }
        },
        "example": { "title": "Flint water update", "body": "In March 2025, the Environmental Protection Agency (EPA) met Flint officials.", "published": "2025-03-14", "source": "Example News" }
      },
      "MetadataLine": { "type": ["string", "null"], "maxLength": 2048, "pattern": "^[^\\r\\n]*$" },
      "ArticleSummary": {
        "type": "object", "additionalProperties": false, "required": ["id", "title", "source", "url", "published", "word_count", "entity_counts"],
        "properties": {
          "id": { "$ref": "#/components/schemas/Slug" }, "title": { "type": "string" }, "source": { "$ref": "#/components/schemas/NullableString" },
          "url": { "$ref": "#/components/schemas/NullableString" }, "published": { "$ref": "#/components/schemas/NullableString" },
          "word_count": { "type": "integer", "minimum": 0 }, "entity_counts": { "$ref": "#/components/schemas/EntityCounts" }
        }
      },
      "ArticleList": { "type": "object", "additionalProperties": false, "required": ["articles", "next_cursor"],
        "properties": { "articles": { "type": "array", "items": { "$ref": "#/components/schemas/ArticleSummary" } }, "next_cursor": { "$ref": "#/components/schemas/NextCursor" } } },
      "NextCursor": { "type": ["string", "null"], "description": "Pass back as `cursor` for the next page; null on the last page." },
      "Article": {
        "type": "object", "additionalProperties": false,
        "required": ["id", "title", "byline", "source", "url", "published", "dateline", "word_count", "entity_counts", "offsets", "paragraphs", "boilerplate", "body", "links"],
        "properties": {
          "id": { "$ref": "#/components/schemas/Slug" }, "title": { "type": "string" }, "byline": { "$ref": "#/components/schemas/NullableString" },
          "source": { "$ref": "#/components/schemas/NullableString" }, "url": { "$ref": "#/components/schemas/NullableString" },
          "published": { "$ref": "#/components/schemas/NullableString" }, "dateline": { "$ref": "#/components/schemas/NullableString" },
          "word_count": { "type": "integer", "minimum": 0 }, "entity_counts": { "$ref": "#/components/schemas/EntityCounts" },
          "offsets": { "$ref": "#/components/schemas/OffsetUnit" },
          "paragraphs": { "type": "array", "items": { "$ref": "#/components/schemas/Range" } },
          "boilerplate": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["start", "end", "kind"],
            "properties": { "start": { "type": "integer", "minimum": 0 }, "end": { "type": "integer", "minimum": 0 }, "kind": { "type": "string" } } } },
          "body": { "type": "string" },
          "links": { "type": "object", "additionalProperties": false, "required": ["self", "entities", "timeline"],
            "properties": { "self": { "type": "string" }, "entities": { "type": "string" }, "timeline": { "type": "string" } } }
        }
      },
      "Mention": { "type": "object", "additionalProperties": false, "required": ["start", "end", "text", "sentence"],
        "properties": { "start": { "type": "integer", "minimum": 0 }, "end": { "type": "integer", "minimum": 0 }, "text": { "type": "string" }, "sentence": { "type": "integer", "minimum": 0 } } },
      "ArticleEntity": {
        "type": "object", "additionalProperties": false, "required": ["id", "type", "name", "aliases", "descriptors", "salience", "mentions"],
        "properties": {
          "id": { "type": "string" }, "type": { "$ref": "#/components/schemas/EntityType" }, "name": { "type": "string" },
          "aliases": { "type": "array", "items": { "type": "string" } }, "descriptors": { "type": "array", "items": { "type": "string" } },
          "salience": { "type": "number", "minimum": 0, "maximum": 1 }, "mentions": { "type": "array", "items": { "$ref": "#/components/schemas/Mention" } }
        }
      },
      "ArticleEntities": { "type": "object", "additionalProperties": false, "required": ["article", "offsets", "entities"],
        "properties": { "article": { "$ref": "#/components/schemas/Slug" }, "offsets": { "$ref": "#/components/schemas/OffsetUnit" },
          "entities": { "type": "array", "items": { "$ref": "#/components/schemas/ArticleEntity" } } } },
      "Displacy": {
        "description": "displaCy's manual-rendering input (`displacy.render(doc, style=\"ent\", manual=True)`), code point offsets.",
        "type": "array", "minItems": 1, "maxItems": 1,
        "items": { "type": "object", "additionalProperties": false, "required": ["text", "ents", "title"],
          "properties": { "text": { "type": "string" }, "title": { "type": "string" },
            "ents": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["start", "end", "label"],
              "properties": { "start": { "type": "integer", "minimum": 0 }, "end": { "type": "integer", "minimum": 0 }, "label": { "type": "string", "enum": ["PERSON", "PLACE", "AGENCY", "POLICY"] } } } } } }
      },
      "Event": {
        "type": "object", "additionalProperties": false,
        "required": ["date", "granularity", "qualifier", "start", "end", "expression", "text", "sentence", "offsets", "entities"],
        "properties": {
          "article": { "$ref": "#/components/schemas/Slug" },
          "date": { "type": "string", "description": "`2025-01-20`, `2025-01`, `2025-spring`, `2025-Q1`, `2025`, `2020s`…" },
          "granularity": { "type": "string", "enum": ["day", "week", "month", "season", "quarter", "year", "decade"] },
          "qualifier": { "type": ["string", "null"], "enum": ["early", "mid", "late", null] },
          "start": { "type": "string", "format": "date", "description": "First day of the interval (inclusive)." },
          "end": { "type": "string", "format": "date", "description": "Last day of the interval (inclusive)." },
          "expression": { "type": "string" }, "text": { "type": "string" }, "sentence": { "type": "integer", "minimum": 0 },
          "offsets": { "type": "object", "additionalProperties": false, "required": ["expression", "text"],
            "properties": { "expression": { "$ref": "#/components/schemas/Range" }, "text": { "$ref": "#/components/schemas/Range" } } },
          "entities": { "type": "array", "items": { "type": "string" }, "description": "Article entity ids (corpus entity ids in /v1/timeline)." }
        }
      },
      "ArticleTimeline": { "type": "object", "additionalProperties": false, "required": ["article", "published", "offsets", "events"],
        "properties": { "article": { "$ref": "#/components/schemas/Slug" }, "published": { "$ref": "#/components/schemas/NullableString" },
          "offsets": { "$ref": "#/components/schemas/OffsetUnit" }, "events": { "type": "array", "items": { "$ref": "#/components/schemas/Event" } } } },
      "TimelineJS": {
        "description": "Knight Lab TimelineJS JSON; partial dates stay partial.",
        "type": "object", "additionalProperties": false, "required": ["title", "events"],
        "properties": {
          "title": { "type": "object", "required": ["text"], "properties": { "text": { "$ref": "#/components/schemas/TimelineJSText" } } },
          "events": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["start_date", "text"],
            "properties": {
              "start_date": { "type": "object", "additionalProperties": false, "required": ["year"],
                "properties": { "year": { "type": "string" }, "month": { "type": "string" }, "day": { "type": "string" }, "display_date": { "type": "string" } } },
              "text": { "$ref": "#/components/schemas/TimelineJSText" } } } }
        }
      },
      "TimelineJSText": { "type": "object", "additionalProperties": false, "required": ["headline"],
        "properties": { "headline": { "type": "string" }, "text": { "type": "string" } } },
      "StoredArticle": { "type": "object", "additionalProperties": false, "required": ["article", "entities", "timeline"],
        "properties": { "article": { "$ref": "#/components/schemas/Article" }, "entities": { "$ref": "#/components/schemas/ArticleEntities" },
          "timeline": { "$ref": "#/components/schemas/ArticleTimeline" } } },
      "CorpusEntityFields": {
        "type": "object", "required": ["id", "type", "name", "aliases", "article_count", "mention_count"],
        "properties": {
          "id": { "$ref": "#/components/schemas/Slug" }, "type": { "$ref": "#/components/schemas/EntityType" }, "name": { "type": "string" },
          "aliases": { "type": "array", "items": { "type": "string" } },
          "article_count": { "type": "integer", "minimum": 1 }, "mention_count": { "type": "integer", "minimum": 0 }
        }
      },
      "CorpusEntitySummary": {
        "allOf": [ { "$ref": "#/components/schemas/CorpusEntityFields" } ],
        "type": "object", "required": ["links"], "unevaluatedProperties": false,
        "properties": { "links": { "type": "object", "additionalProperties": false, "required": ["self"], "properties": { "self": { "type": "string" } } } }
      },
      "EntityList": { "type": "object", "additionalProperties": false, "required": ["entities", "next_cursor"],
        "properties": { "entities": { "type": "array", "items": { "$ref": "#/components/schemas/CorpusEntitySummary" } }, "next_cursor": { "$ref": "#/components/schemas/NextCursor" } } },
      "EntityDetail": {
        "allOf": [ { "$ref": "#/components/schemas/CorpusEntityFields" } ],
        "type": "object", "required": ["offsets", "articles", "next_cursor"], "unevaluatedProperties": false,
        "properties": {
          "offsets": { "$ref": "#/components/schemas/OffsetUnit" },
          "articles": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["article", "title", "published", "entities"],
            "properties": { "article": { "$ref": "#/components/schemas/Slug" }, "title": { "type": "string" }, "published": { "$ref": "#/components/schemas/NullableString" },
              "entities": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "name", "salience", "mentions"],
                "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "salience": { "type": "number", "minimum": 0, "maximum": 1 },
                  "mentions": { "type": "array", "items": { "$ref": "#/components/schemas/Mention" } } } } } } } },
          "next_cursor": { "$ref": "#/components/schemas/NextCursor" }
        }
      },
      "CorpusTimeline": { "type": "object", "additionalProperties": false, "required": ["offsets", "events", "next_cursor"],
        "properties": { "offsets": { "$ref": "#/components/schemas/OffsetUnit" },
          "events": { "type": "array", "items": { "allOf": [ { "$ref": "#/components/schemas/Event" } ], "required": ["article"] } },
          "next_cursor": { "$ref": "#/components/schemas/NextCursor" } } },
      "SearchResults": { "type": "object", "additionalProperties": false, "required": ["query", "results"],
        "properties": { "query": { "type": "string" },
          "results": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "title", "published", "score", "snippet", "links"],
            "properties": { "id": { "$ref": "#/components/schemas/Slug" }, "title": { "type": "string" }, "published": { "$ref": "#/components/schemas/NullableString" },
              "score": { "type": "number", "minimum": 0 }, "snippet": { "type": "string", "description": "HTML: escaped text with matches in `<mark>`." },
              "links": { "type": "object", "additionalProperties": false, "required": ["self"], "properties": { "self": { "type": "string" } } } } } } } }
    }
  }
}
"""#
}
