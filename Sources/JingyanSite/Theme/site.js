// Shared by every page: the "/" key jumps to the search box, as on many sites.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById("q") || document.getElementById("site-search-input");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
})();

// The page's address for the print foot (layout.mustache): the canonical address a build with
// a base URL wrote in, with the search's query; else the address the page is open at, which is
// right for file:// too. Written readable (percent escapes decoded), without the #fragment, and
// again before printing, since the search page keeps its query in the address as it changes.
(function () {
  "use strict";
  var span = document.querySelector(".print-foot .page-address");
  if (!span) return;
  var canonical = span.textContent;
  function fill() {
    var address = canonical ? canonical + location.search : location.href.split("#")[0];
    try { address = decodeURI(address); } catch (error) { /* a malformed escape: shown as it is */ }
    span.textContent = address;
  }
  fill();
  window.addEventListener("beforeprint", fill);
})();
