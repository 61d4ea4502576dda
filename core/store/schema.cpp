#include "core/store/schema.h"

namespace lt::store {

// The client's database (cache.db), oldest first. A migration is never edited once released:
// a change is a new entry at the end. tst_schema checks that the versions are contiguous and
// that every older database migrates to the same schema as a new one.

namespace {

// 1: documents, their boxes, attachments, history and the search index.
constexpr const char *kV1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    type TEXT NOT NULL,
    number INTEGER NOT NULL DEFAULT 0,
    notation TEXT,
    subject TEXT,
    issuer_code TEXT,
    issuer_name TEXT,
    signer_name TEXT,
    signer_title TEXT,
    issue_date TEXT,
    received_at TEXT,
    incoming_number INTEGER NOT NULL DEFAULT 0,
    urgency INTEGER NOT NULL DEFAULT 0,
    confidentiality INTEGER NOT NULL DEFAULT 0,
    due_date TEXT,
    revision INTEGER NOT NULL DEFAULT 0,
    boxes INTEGER NOT NULL DEFAULT 0,
    unread INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0,
    sort_key TEXT NOT NULL,
    body TEXT
);
CREATE INDEX documents_sort ON documents(sort_key DESC);
CREATE INDEX documents_due ON documents(due_date) WHERE due_date IS NOT NULL AND closed = 0;
CREATE TABLE document_boxes(
    box INTEGER NOT NULL,
    sort_key TEXT NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    PRIMARY KEY(box, sort_key, doc)
) WITHOUT ROWID;
CREATE INDEX document_boxes_doc ON document_boxes(doc);
CREATE TABLE attachments(
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sha256 BLOB NOT NULL,
    size INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    version INTEGER NOT NULL,
    previous_sha256 BLOB,
    is_main INTEGER NOT NULL,
    PRIMARY KEY(doc, position)
) WITHOUT ROWID;
CREATE INDEX attachments_sha256 ON attachments(sha256);
CREATE TABLE history(
    doc INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY(doc, position)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    notation, subject, issuer, body, tokenize = 'unicode61 remove_diacritics 0');
)sql";

// 2: the outbox of the user's actions, pinned (kept offline) documents and fetched files.
constexpr const char *kV2 = R"sql(
CREATE TABLE outbox(
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL,
    action TEXT NOT NULL,
    text TEXT,
    assignments TEXT,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    reason TEXT,
    answered_at TEXT
);
CREATE INDEX outbox_pending ON outbox(state, position);
CREATE INDEX outbox_document ON outbox(document_id);
CREATE TABLE pins(kind TEXT NOT NULL, target TEXT NOT NULL, PRIMARY KEY(kind, target)) WITHOUT ROWID;
CREATE TABLE blobs(sha256 BLOB PRIMARY KEY, size INTEGER NOT NULL, fetched_at TEXT NOT NULL) WITHOUT ROWID;
)sql";

// 3: an action may carry a signed version of the main file.
constexpr const char *kV3 = "ALTER TABLE outbox ADD COLUMN file_sha256 BLOB;";

// 4: a signed file sent without an action (a signature completed later), and the signatures
// waiting for their validation data.
constexpr const char *kV4 =
    "ALTER TABLE outbox ADD COLUMN file_only INTEGER NOT NULL DEFAULT 0;"
    "CREATE TABLE extensions(document_id TEXT PRIMARY KEY, sha256 BLOB NOT NULL, "
    "level TEXT NOT NULL, queued_at TEXT NOT NULL);";

// 5: how the user stands to each document (workflow relations, from the feed). Documents
// cached before have none, so the feed is read again from the start.
constexpr const char *kV5 = "ALTER TABLE documents ADD COLUMN relations INTEGER NOT NULL DEFAULT 0;"
                            "DELETE FROM meta WHERE key = 'cursor';";

// 6: documents read here whose receipt has not reached the server yet.
constexpr const char *kV6 =
    "CREATE TABLE read_receipts(document_id TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;";

// 7: the unit that drafted an outgoing document (shown instead of the issuer until it is
// issued). Documents cached before have none: the feed is read again.
constexpr const char *kV7 = "ALTER TABLE documents ADD COLUMN drafting_unit TEXT;"
                            "DELETE FROM meta WHERE key = 'cursor';";

// 8: the person an action is put before (submit to a chosen leader or reviewer); a document's
// recipients, draft versions and page count (as JSON). The feed is read again to learn them.
constexpr const char *kV8 = "ALTER TABLE outbox ADD COLUMN to_person TEXT;"
                            "ALTER TABLE documents ADD COLUMN details TEXT;"
                            "DELETE FROM meta WHERE key = 'cursor';";

// 9: a receipt may say "unread again" (the user marked a read document unread).
constexpr const char *kV9 =
    "ALTER TABLE read_receipts ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;";

} // namespace

const QList<Migration> &clientMigrations()
{
    static const QList<Migration> list{{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4}, {5, kV5},
                                       {6, kV6}, {7, kV7}, {8, kV8}, {9, kV9}};
    return list;
}

} // namespace lt::store
