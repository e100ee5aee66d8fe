/// Migration v9, frozen: the client address of every write made through `ladder serve` (issue 13:
/// "every write names its account and client address"). NULL means the write was made on the
/// machine itself by a `ladder` command, which has no network address. Rows an import batch wrote
/// take their address from the batch.
enum SchemaV9 {
    static let sql = """
    ALTER TABLE import_batch ADD COLUMN client TEXT;
    ALTER TABLE enterprise ADD COLUMN client TEXT;
    ALTER TABLE event ADD COLUMN client TEXT;
    ALTER TABLE fact ADD COLUMN client TEXT;
    ALTER TABLE correction ADD COLUMN client TEXT;
    ALTER TABLE registration_change ADD COLUMN client TEXT;
    ALTER TABLE batch_void ADD COLUMN client TEXT;
    ALTER TABLE policy ADD COLUMN client TEXT;
    ALTER TABLE target ADD COLUMN client TEXT;
    ALTER TABLE account_change ADD COLUMN client TEXT;
    """
}
