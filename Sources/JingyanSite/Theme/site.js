// The header's search box, the same on every page and of use only with scripts (the search page
// runs search.js), so written here rather than into each page: it submits to search.html from
// the root data-root gives (SitePaths.search), from file://, a sub-path or the 404 page alike.
(function () {
  "use strict";
  var bar = document.querySelector(".site-header .bar");
  if (!bar) return;
  var root = document.documentElement.getAttribute("data-root") || "";
  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text) node.textContent = text;
    return node;
  }
  var form = element("form", { "class": "site-search", action: root + "search.html", method: "get", role: "search" });
  form.appendChild(element("label", { "class": "visually-hidden", "for": "site-search-input" }, "搜索做法"));
  form.appendChild(element("input", {
    id: "site-search-input", type: "search", name: "q", placeholder: "搜索做法，如：网格", autocomplete: "off"
  }));
  form.appendChild(element("button", { type: "submit" }, "搜索"));
  bar.appendChild(form);
})();

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
// Without a base URL the foot's last line ends with its <br>: the address's span is made here.
(function () {
  "use strict";
  var line = document.querySelector(".print-foot p:last-child");
  if (!line) return;
  var span = line.querySelector(".page-address");
  if (!span) {
    span = document.createElement("span");
    span.className = "page-address";
    line.appendChild(span);
  }
  var canonical = span.textContent;
  function fill() {
    var address = canonical ? canonical + location.search : location.href.split("#")[0];
    try { address = decodeURI(address); } catch (error) { /* a malformed escape: shown as it is */ }
    span.textContent = address;
  }
  fill();
  window.addEventListener("beforeprint", fill);
})();

// The footer's downloads and notes, the same on every page, written here rather than into each
// of the site's pages; the footer's own link leads to the about page, which has them in its HTML.
// The paths are SitePaths.entriesExport, .metricsExport and .notFound, from the root data-root
// gives (the 404 page's root is the base URL's path, so its links work at any depth).
(function () {
  "use strict";
  var footer = document.querySelector(".site-footer");
  if (!footer) return;
  var root = document.documentElement.getAttribute("data-root") || "";
  function paragraph(parts) {
    var p = document.createElement("p");
    parts.forEach(function (part) {
      if (typeof part === "string") { p.appendChild(document.createTextNode(part)); return; }
      var element = document.createElement(part.tag || "a");
      element.textContent = part.text;
      if (part.href) element.setAttribute("href", root + part.href);
      if (part.download) element.setAttribute("download", "");
      p.appendChild(element);
    });
    return p;
  }
  var about = footer.firstElementChild;
  footer.insertBefore(paragraph([
    "数据下载：", { href: "data/entries.json.gz", text: "全部条目（JSON，gzip 压缩）", download: true }, " · ",
    { href: "metrics.html#metrics-csv", text: "全部指标（CSV，可用 Excel 打开）" }
  ]), about);
  footer.insertBefore(paragraph([
    "本站为静态页面，可离线浏览，不向外部发出任何请求。按 ", { tag: "kbd", text: "/" }, " 键可直接搜索。"
  ]), about);
  var notFound = paragraph([" · ", { href: "404.html", text: "找不到页面时" }]);
  while (about && notFound.firstChild) about.appendChild(notFound.firstChild);
})();

// Files made in the page and saved with a click (the search page's export, the metrics page's
// CSV): no server is asked, so they work from file://.
window.JingyanFiles = {
  // A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return
  // first) gets an apostrophe before it; every cell is quoted, its quotes doubled.
  csvCell: function (text) {
    var value = String(text);
    if (/^[=+\-@\t\r]/.test(value)) value = "'" + value;
    return "\"" + value.replace(/"/g, "\"\"") + "\"";
  },
  // UTF-8 with a byte order mark (Excel reads the file as UTF-8 then), CRLF line ends.
  csv: function (rows) {
    return "\ufeff" + rows.map(function (row) { return row.map(window.JingyanFiles.csvCell).join(","); })
      .join("\r\n") + "\r\n";
  },
  save: function (text, type, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }
};

// A practice page's neighbours: practices of other places that share a scheme with it, those
// sharing the most first, then in the base's order, among the first 48 of each scheme's
// practices elsewhere; then, to fill the list to 12, practices sharing a category. Drawn from
// each of its mechanisms' data script (data/near/<slug>.js: the mechanism's first practices,
// NeighbourData), which every page naming the mechanism shares, loaded with <script src> so
// that file:// works too. Without scripts the section's hint points to the mechanisms' pages,
// which the page's tags link to and which list every practice.
(function () {
  "use strict";
  var section = document.querySelector("section.neighbours[data-place]");
  if (!section) return;
  var root = document.documentElement.getAttribute("data-root") || "";
  var place = section.getAttribute("data-place");
  // The page's tags (tag-list) link to its mechanisms' pages, mechanisms/<slug>.html.
  function slugs(kind) {
    var links = document.querySelectorAll(".practice-header .tags-" + kind + " a");
    return Array.prototype.map.call(links, function (link) {
      return link.getAttribute("href").replace(/^.*\//, "").replace(/\.html$/, "");
    });
  }
  var schemes = slugs("scheme"), categories = slugs("category");
  var lists = {}, left = schemes.length + categories.length;
  window.JINGYAN_NEAR = function (slug, name, practices) { lists[slug] = { name: name, practices: practices }; };
  schemes.concat(categories).forEach(function (slug) {
    var script = document.createElement("script");
    script.src = root + "data/near/" + slug + ".js";
    script.onload = script.onerror = function () { if (--left === 0) show(neighbours()); };
    document.head.appendChild(script);
  });

  // A practice in a list: [index, path, title, place name, place path].
  function neighbours() {
    var shared = {}, found = [];
    function share(practice, name) {
      if (!shared[practice[0]]) {
        shared[practice[0]] = { practice: practice, names: [] };
        found.push(practice[0]);
      }
      shared[practice[0]].names.push(name);
    }
    schemes.forEach(function (slug) {
      var list = lists[slug];
      if (!list) return;
      list.practices.filter(function (practice) { return practice[4] !== place; }).slice(0, 48)
        .forEach(function (practice) { share(practice, list.name); });
    });
    var ordered = found.slice().sort(function (a, b) {
      return shared[b].names.length - shared[a].names.length || a - b;
    }).slice(0, 12);
    categories.forEach(function (slug) {
      var list = lists[slug];
      if (!list) return;
      list.practices.forEach(function (practice) {
        if (ordered.length >= 12 || practice[4] === place) return;
        if (!shared[practice[0]]) ordered.push(practice[0]);
        share(practice, list.name);
      });
    });
    return ordered.map(function (index) { return shared[index]; });
  }

  // Under a heading per set of shared names, the groups in the order of their first neighbour.
  function show(found) {
    if (!found.length) return;
    var groups = [], groupOf = Object.create(null);
    found.forEach(function (neighbour) {
      var names = neighbour.names.join(" · ");
      if (!(names in groupOf)) {
        groupOf[names] = groups.length;
        groups.push({ names: names, practices: [] });
      }
      groups[groupOf[names]].practices.push(neighbour.practice);
    });
    var hint = section.querySelector(".hint");
    var grouped = "与本条有共同机制或分类的做法，按共同项分组，共同项多的在前。";
    if (hint) hint.textContent = grouped;
    groups.forEach(function (group) {
      var heading = document.createElement("h3");
      heading.textContent = group.names;
      var list = document.createElement("ul");
      list.className = "neighbour-list";
      group.practices.forEach(function (practice) {
        var item = document.createElement("li"), link = document.createElement("a");
        var where = document.createElement("span");
        link.href = root + practice[1];
        link.textContent = practice[2];
        where.textContent = practice[3];
        item.append(link, " ", where);
        list.appendChild(item);
      });
      section.append(heading, list);
    });
  }
})();
