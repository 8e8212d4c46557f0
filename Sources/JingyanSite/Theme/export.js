// Downloads the search page's current results (its query, filters and field applied) as CSV
// and as JSON, made in the page from the documents search.js loads: no server is asked, so it
// works from file://. One row per practice, with its citation.
(function () {
  "use strict";

  // At most this many candidates are looked at: each is a document file to load.
  var LIMIT = 2000;
  var COLUMNS = ["做法", "地点", "机制与分类", "指标", "日期", "出处", "网址"];

  function figureText(figure) {
    return figure.value + " " + figure.subject + (figure.period ? "（" + figure.period + "）" : "");
  }

  function address(item) {
    return new URL((document.documentElement.getAttribute("data-root") || "") + item.url, location.href).href;
  }

  function record(item) {
    return {
      title: item.titleText, place: item.place.name,
      mechanisms: item.mechanismList.map(function (m) { return m.name; }),
      figures: item.figures.map(function (f) { return { value: f.value, subject: f.subject, period: f.period }; }),
      date: item.date, citation: item.citation, url: address(item)
    };
  }

  function csv(records) {
    return window.JingyanFiles.csv([COLUMNS].concat(records.map(function (r) {
      return [r.title, r.place, r.mechanisms.join("、"), r.figures.map(figureText).join("；"), r.date, r.citation, r.url];
    })));
  }

  function json(result, records) {
    var search = result.search;
    return JSON.stringify({
      query: search.query, place: search.place || null, mechanism: search.mechanism || null, field: search.field || null,
      complete: !result.cut, practices: records
    }, null, 2) + "\n";
  }

  function exportAs(kind, status) {
    status.textContent = "正在准备导出…";
    window.JINGYAN_SEARCH.allResults(LIMIT).then(function (result) {
      if (!result || result.items.length === 0) { status.textContent = "没有可导出的结果。"; return; }
      var records = result.items.map(record);
      var name = "jingyan-" + result.search.query.replace(/[\\/:*?"<>|\s]+/g, "_");
      if (kind === "csv") window.JingyanFiles.save(csv(records), "text/csv;charset=utf-8", name + ".csv");
      else window.JingyanFiles.save(json(result, records), "application/json", name + ".json");
      status.textContent = "已导出 " + records.length + " 条做法" + (result.cut ? "（只看了排名前 " + LIMIT + " 的候选）" : "") + "。";
    }).catch(function (error) { status.textContent = "导出失败（" + error.message + "）。"; });
  }

  function start() {
    var csvButton = document.getElementById("export-csv");
    if (!csvButton || !window.JINGYAN_SEARCH) return;
    var status = document.getElementById("export-status");
    csvButton.addEventListener("click", function () { exportAs("csv", status); });
    document.getElementById("export-json").addEventListener("click", function () { exportAs("json", status); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
