// The metrics page. Its rows are in data scripts (data/metrics/*.js, docs/metrics-data.md), one
// or more per county, added with script tags (fetch() is refused on file://): only those of the
// place chosen are loaded, or all for "全部". Rows are filtered by unit and mechanism, sorted by
// any column and shown a page at a time, so the table stays small however large the corpus.
// ?place=, ?unit=, ?mechanism= and ?per= (rows per page) choose the filters, as place pages
// link here.
(function () {
  "use strict";

  var table = document.getElementById("metric-table");
  var filters = document.getElementById("metric-filters");
  if (!table || !filters) return;

  var body = table.tBodies[0];
  var place = document.getElementById("filter-place");
  var unit = document.getElementById("filter-unit");
  var mechanism = document.getElementById("filter-mechanism");
  var pageSize = document.getElementById("page-size");
  var count = document.getElementById("metric-count");
  var pager = document.getElementById("metric-pager");
  var previous = document.getElementById("metric-previous");
  var next = document.getElementById("metric-next");
  var collator = new Intl.Collator("zh-CN");

  var loaded = {};     // script path → its rows
  var requested = {};  // script path → true once its tag is in the page
  var failed = false;
  var view = [];       // rows passing the filters, in display order
  var page = 0;
  var sort = null;     // { column, ascending }

  var placeNames = {};
  var placeOptions = Array.prototype.slice.call(place.options, 1);
  placeOptions.forEach(function (option) { placeNames[option.value] = option.textContent; });

  // A row is [practice, metric]: practice = [place, practice page, title, [mechanism…],
  // metrics, id, [place name, county, township], [sentence…]], metric = [subject, value as
  // written, normalized value, unit, period, text, sentence number] (docs/metrics-data.md).
  var columns = [
    function (row) { return placeNames[row[0][0]] || ""; },
    function (row) { return row[1][0]; },
    function (row) { return row[1][2]; },
    function (row) { return row[1][3]; },
    function (row) { return row[1][4]; }
  ];

  // A data script hands over its practices gzip-compressed, in base64 (docs/metrics-data.md);
  // the browser's DecompressionStream unpacks them (Chrome and Edge 80, Firefox 113, Safari 16.4).
  var FORMAT = "jingyan.metrics/2";
  var NO_DATA = "数据载入失败，请下载页脚的全部条目（JSON）。";
  var OLD_BROWSER = "此浏览器不能解开指标数据（需 Chrome 或 Edge 80、Firefox 113、Safari 16.4 及以上），" +
    "请下载页脚的全部条目（JSON）。";
  var unpacking = typeof DecompressionStream === "function" && typeof Blob === "function" && Blob.prototype.stream;

  function unpack(packed) {
    var text = atob(packed);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text().then(JSON.parse);
  }

  function fail(message) {
    failed = true;
    count.textContent = message;
    if (csvWanted) csvStatus.textContent = "数据载入失败。";
  }

  window.JingyanMetrics = {
    add: function (path, format, packed) {
      if (format !== FORMAT) return fail(NO_DATA);
      if (!unpacking) return fail(OLD_BROWSER);
      unpack(packed).then(function (practices) {
        var rows = [];
        practices.forEach(function (practice) {
          practice[4].forEach(function (metric) { rows.push([practice, metric]); });
        });
        loaded[path] = rows;
        update();
        if (csvWanted) makeCSV();
      }, function () { fail(NO_DATA); });
    }
  };

  // Every metric as a spreadsheet, the columns of entries.json's metrics, made here once every
  // data script is loaded: one row a metric, county by county as the place filter lists them.
  var CSV_COLUMNS = ["地点", "县", "乡镇", "做法编号", "做法", "指标原文", "数值", "单位", "标准化数值", "约数", "时间",
    "统计对象", "原句", "页面"];
  var csvButton = document.getElementById("metrics-csv");
  var csvStatus = document.getElementById("metrics-csv-status");
  var csvWanted = false;

  function csvRow(practice, metric) {
    var approximate = metric[1].charAt(0) === "约";
    return [practice[6][0], practice[6][1], practice[6][2], practice[5], practice[2], metric[5],
      approximate ? metric[1].slice(1) : metric[1], metric[3], String(metric[2]), approximate ? "是" : "否",
      metric[4], metric[0], practice[7][metric[6]], practice[1]];
  }

  function makeCSV() {
    var scripts = scriptsOf("");
    scripts.forEach(request);
    var waiting = scripts.filter(function (path) { return !loaded[path]; }).length;
    if (waiting) {
      csvStatus.textContent = failed ? "数据载入失败。" : "正在载入数据（" + (scripts.length - waiting) + " / " + scripts.length + "）…";
      return;
    }
    csvWanted = false;
    var rows = [CSV_COLUMNS];
    scripts.forEach(function (path) {
      loaded[path].forEach(function (row) { rows.push(csvRow(row[0], row[1])); });
    });
    window.JingyanFiles.save(window.JingyanFiles.csv(rows), "text/csv;charset=utf-8", "jingyan-metrics.csv");
    csvStatus.textContent = "已生成 " + (rows.length - 1) + " 项指标的 CSV。";
  }

  function scriptsOf(value) {
    var option = placeOptions.filter(function (candidate) { return candidate.value === value; })[0];
    if (option && option.getAttribute("data-county")) return scriptsOf(option.getAttribute("data-county"));
    var chosen = option ? [option] : placeOptions;
    return chosen.reduce(function (paths, candidate) {
      var list = candidate.getAttribute("data-chunks");
      return list ? paths.concat(list.split(" ")) : paths;
    }, []);
  }

  function request(path) {
    if (requested[path]) return;
    requested[path] = true;
    var script = document.createElement("script");
    script.src = path;
    script.addEventListener("error", function () { fail(NO_DATA); });
    document.head.appendChild(script);
  }

  // Text columns sort by rank among their distinct values: the collator runs on a few hundred
  // strings instead of on every comparison of hundreds of thousands of rows.
  function sortKeys(rows, column) {
    var key = columns[column];
    if (column === 2) return rows.map(key);
    var distinct = {};
    rows.forEach(function (row) { distinct[key(row)] = 0; });
    var rank = {};
    Object.keys(distinct).sort(collator.compare).forEach(function (value, position) { rank[value] = position; });
    return rows.map(function (row) { return rank[key(row)]; });
  }

  // Called when a filter, the sort or the loaded data change.
  function update() {
    var scripts = scriptsOf(place.value);
    scripts.forEach(request);
    var waiting = scripts.filter(function (path) { return !loaded[path]; }).length;
    if (waiting) {
      body.textContent = "";
      pager.hidden = true;
      if (!failed) count.textContent = "正在载入数据（" + (scripts.length - waiting) + " / " + scripts.length + "）…";
      return;
    }
    var township = placeOptions.some(function (option) {
      return option.value === place.value && option.getAttribute("data-county");
    });
    var rows = [];
    scripts.forEach(function (path) {
      loaded[path].forEach(function (row) {
        if ((!township || row[0][0] === place.value) && (!unit.value || row[1][3] === unit.value) &&
            (!mechanism.value || row[0][3].indexOf(mechanism.value) >= 0)) rows.push(row);
      });
    });
    if (sort) {
      var keys = sortKeys(rows, sort.column);
      var direction = sort.ascending ? 1 : -1;
      var order = rows.map(function (row, position) { return position; });
      order.sort(function (a, b) { return (keys[a] - keys[b]) * direction || a - b; });
      rows = order.map(function (position) { return rows[position]; });
    }
    view = rows;
    page = 0;
    render();
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    if (className) td.className = className;
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function link(row, href, text) {
    var a = document.createElement("a");
    a.setAttribute("href", href);
    a.textContent = text;
    cell(row, "").appendChild(a);
  }

  function render() {
    var size = Number(pageSize.value);
    var first = page * size;
    var shown = view.slice(first, first + size);
    body.textContent = "";
    shown.forEach(function (data) {
      var practice = data[0], metric = data[1];
      var row = document.createElement("tr");
      link(row, practice[0], placeNames[practice[0]] || practice[0]);
      cell(row, metric[0]);
      cell(row, metric[1], "number").setAttribute("data-value", String(metric[2]));
      cell(row, metric[3]);
      cell(row, metric[4]);
      cell(row, metric[5], "quote");
      link(row, practice[1], practice[2]);
      body.appendChild(row);
    });
    count.textContent = view.length
      ? "显示 " + (first + 1) + "–" + (first + shown.length) + " / " + view.length.toLocaleString("zh-CN") + " 项"
      : "没有符合条件的指标";
    previous.disabled = page === 0;
    next.disabled = first + size >= view.length;
    pager.hidden = view.length <= size;
  }

  function rememberInURL() {
    var params = new URLSearchParams();
    if (place.value) params.set("place", place.value);
    if (unit.value) params.set("unit", unit.value);
    if (mechanism.value) params.set("mechanism", mechanism.value);
    if (!pageSize.options[pageSize.selectedIndex].defaultSelected) params.set("per", pageSize.value);
    try {
      history.replaceState(null, "", "?" + params.toString());
    } catch (error) {
      // Some browsers refuse history changes on file:// pages; the filters work without it.
    }
  }

  // Header cells become buttons so that sorting works from the keyboard too.
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (header, column) {
    if (!header.getAttribute("data-sort")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = header.textContent;
    header.textContent = "";
    header.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      sort = { column: column, ascending: ascending };
      update();
    });
  });

  previous.addEventListener("click", function () { page--; render(); });
  next.addEventListener("click", function () { page++; render(); });
  [place, unit, mechanism, pageSize].forEach(function (select) {
    select.addEventListener("change", function () { rememberInURL(); update(); });
  });
  filters.addEventListener("submit", function (event) { event.preventDefault(); });

  var params = new URLSearchParams(location.search);
  [["place", place], ["unit", unit], ["mechanism", mechanism], ["per", pageSize]].forEach(function (pair) {
    var value = params.get(pair[0]);
    if (value && Array.prototype.some.call(pair[1].options, function (option) { return option.value === value; })) {
      pair[1].value = value;
    }
  });
  csvButton.addEventListener("click", function () { csvWanted = true; makeCSV(); });
  document.getElementById("metric-no-script").hidden = true;
  document.getElementById("metrics-csv-bar").hidden = false;
  filters.hidden = false;
  update();
})();
