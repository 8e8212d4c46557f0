// The metrics page: filters by place, unit and mechanism, and sorting by any column. The table is
// complete without this script; the filters only appear with it.
(function () {
  "use strict";

  var table = document.getElementById("metric-table");
  var filters = document.getElementById("metric-filters");
  if (!table || !filters) return;

  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var place = document.getElementById("filter-place");
  var unit = document.getElementById("filter-unit");
  var mechanism = document.getElementById("filter-mechanism");
  var count = document.getElementById("metric-count");

  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = (!place.value || row.getAttribute("data-place") === place.value) &&
        (!unit.value || row.getAttribute("data-unit") === unit.value) &&
        (!mechanism.value || row.getAttribute("data-mechanisms").split(" ").indexOf(mechanism.value) >= 0);
      row.hidden = !keep;
      if (keep) shown++;
    });
    count.textContent = "显示 " + shown + " / " + rows.length + " 项";
  }

  function cellValue(row, column, numeric) {
    var cell = row.cells[column];
    return numeric ? Number(cell.getAttribute("data-value")) : cell.textContent.trim();
  }

  // Header cells become buttons so that sorting works from the keyboard too.
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
    var kind = header.getAttribute("data-sort");
    if (!kind) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    button.textContent = header.textContent;
    header.textContent = "";
    header.appendChild(button);
    button.addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = kind === "number";
      var order = rows.map(function (row, position) { return { row: row, position: position }; });
      order.sort(function (a, b) {
        var x = cellValue(a.row, column, numeric);
        var y = cellValue(b.row, column, numeric);
        var difference = numeric ? x - y : x.localeCompare(y, "zh-CN");
        return (ascending ? difference : -difference) || a.position - b.position;
      });
      order.forEach(function (entry) { body.appendChild(entry.row); });
    });
  });

  [place, unit, mechanism].forEach(function (select) { select.addEventListener("change", applyFilters); });
  filters.addEventListener("submit", function (event) { event.preventDefault(); });
  filters.hidden = false;
  applyFilters();
})();
