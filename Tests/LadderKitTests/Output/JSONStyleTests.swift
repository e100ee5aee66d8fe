import Testing
@testable import LadderKit

/// Every JSON document in one layout: `"key": value`, two-space indentation, a container without
/// containers on one line, every token as the encoder wrote it (escapes included).
@Suite struct JSONStyleTests {
    @Test(arguments: [
        (#"{"a":1,"b":[1,2],"c":{"d":"x,y:z"},"e":[]}"#, "{\n  \"a\": 1,\n  \"b\": [1, 2],\n  \"c\": {\"d\": \"x,y:z\"},\n  \"e\": []\n}"),
        (#"[{"a":"\"q\"","b":null},{"a":"]","b":true}]"#, "[\n  {\"a\": \"\\\"q\\\"\", \"b\": null},\n  {\"a\": \"]\", \"b\": true}\n]"),
        (#"{"a":[{"b":[]}]}"#, "{\n  \"a\": [\n    {\"b\": []}\n  ]\n}"),
        (#"{}"#, "{}"),
    ])
    func laysOutCompactJSON(compact: String, pretty: String) {
        #expect(JSONStyle.format(Array(compact.utf8)) == pretty)
    }
}
