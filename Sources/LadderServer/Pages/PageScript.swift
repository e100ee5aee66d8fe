/// `/static/find.js`, the pages' one script: results as the user types in a search box, fetched
/// from `/firms?q=` (the same page, the same `find` read and scope) and moved in as its nodes,
/// never as markup of ours. Without it the boxes submit as plain forms. Words come from the page.
enum PageScript {
    static let type = "text/javascript; charset=utf-8"

    static let find = Array("""
        // Search as you type: the box on /firms refreshes the results below it, the header's box
        // opens a panel under the header. A pause of 250 ms after the last key starts one request;
        // an older request still under way is abandoned.
        (function () {
          "use strict";
          var pause = 250;

          function answerOf(text) {
            var found = new DOMParser().parseFromString(text, "text/html").getElementById("find-answer");
            return found ? Array.prototype.slice.call(found.childNodes) : null;
          }

          function live(box, show, clear) {
            var timer = null, running = null, asked = box.value.trim();
            function look() {
              var q = box.value.trim();
              if (q === asked) { return; }
              asked = q;
              if (running) { running.abort(); }
              if (q === "") { clear(); return; }
              running = new AbortController();
              fetch("/firms?q=" + encodeURIComponent(q), { credentials: "same-origin", signal: running.signal })
                .then(function (response) { return response.text(); })
                .then(function (text) {
                  var nodes = answerOf(text);
                  if (nodes && box.value.trim() === q) { show(nodes, q); }
                })
                .catch(function () {});
            }
            box.addEventListener("input", function () {
              clearTimeout(timer);
              timer = setTimeout(look, pause);
            });
            return look;
          }

          function replace(target, nodes) {
            while (target.firstChild) { target.removeChild(target.firstChild); }
            nodes.forEach(function (node) { target.appendChild(document.importNode(node, true)); });
          }

          var page = document.getElementById("find-q"), answer = document.getElementById("find-answer");
          if (page && answer) {
            live(page, function (nodes, q) {
              replace(answer, nodes);
              history.replaceState(null, "", "/firms?q=" + encodeURIComponent(q));
            }, function () { replace(answer, []); });
          }

          var header = document.getElementById("header-q"), panel = document.getElementById("header-results");
          if (header && panel && !answer) {
            live(header, function (nodes) {
              replace(panel, nodes);
              panel.hidden = false;
            }, function () { replace(panel, []); panel.hidden = true; });
            document.addEventListener("keydown", function (event) {
              if (event.key === "Escape") { panel.hidden = true; }
            });
          }
        })();

        """.utf8)
}
