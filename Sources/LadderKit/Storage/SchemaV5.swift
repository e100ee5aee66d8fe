/// Migration v5, frozen: a list's title kept with its batch.
enum SchemaV5 {
    static let sql = """
    -- import_batch.title: the first non-empty row above the header of a published list
    -- (江西省2025年第一批认定报备高新技术企业名单); NULL for a file whose header is its first row and for
    -- batches imported before v5.
    ALTER TABLE import_batch ADD COLUMN title TEXT;
    """
}
