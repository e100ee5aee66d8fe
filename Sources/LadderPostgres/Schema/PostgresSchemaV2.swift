/// PostgreSQL v2, frozen: SQLite's v10 — the id of the account that made a write through
/// `ladder serve`, beside its name (NULL for a `ladder` command's write and for older records).
enum PostgresSchemaV2 {
    static let sql = """
    ALTER TABLE import_batch ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE enterprise ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE event ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE fact ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE correction ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE registration_change ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE batch_void ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE policy ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE target ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE account_change ADD COLUMN operator_id bigint REFERENCES account(id) ON DELETE RESTRICT;
    """
}
