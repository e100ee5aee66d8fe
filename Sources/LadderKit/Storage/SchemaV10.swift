/// Migration v10, frozen: the id of the account that made a write through `ladder serve`, beside
/// its name. A bureau's log and import list tell its accounts' records by this id, since a
/// `ladder` command's `--operator` can write any name. NULL for a write made on the machine by a
/// `ladder` command and for what was recorded before v10 (a write through the server before it has
/// a client address, and is told by its name). Rows an import batch wrote take the batch's.
enum SchemaV10 {
    static let sql = """
    ALTER TABLE import_batch ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE enterprise ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE event ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE fact ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE correction ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE registration_change ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE batch_void ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE policy ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE target ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    ALTER TABLE account_change ADD COLUMN operator_id INTEGER REFERENCES account(id) ON DELETE RESTRICT;
    """
}
