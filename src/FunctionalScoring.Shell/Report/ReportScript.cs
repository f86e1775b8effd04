namespace FunctionalScoring.Shell.Report;

/// <summary>
/// The page's only script, inline and dependency-free: filters the partner table by text and sorts
/// it by a column (both also from the address, <c>#q=…&amp;sort=-key</c>, so a link opens that view), keeps
/// the visible-row counter current, and finally marks the body <c>data-rendered="true"</c> so a
/// headless browser can tell the script ran.
/// </summary>
public static class ReportScript
{
    public const string Js = """
        (function () {
          'use strict';
          var table = document.getElementById('partner-table');
          var input = document.getElementById('partner-search');
          var counter = document.getElementById('visible-count');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

          function applyFilter() {
            var query = input.value.trim().toLowerCase();
            var visible = 0;
            for (var i = 0; i < rows.length; i++) {
              var show = query === '' || texts[i].indexOf(query) !== -1;
              rows[i].hidden = !show;
              if (show) { visible++; }
            }
            counter.textContent = visible.toLocaleString('en-US');
            document.body.setAttribute('data-visible-rows', String(visible));
          }

          function hashParam(name) {
            var match = new RegExp('(?:^#|&)' + name + '=([^&]*)').exec(window.location.hash);
            if (!match) { return null; }
            try { return decodeURIComponent(match[1].replace(/\+/g, ' ')); } catch (e) { return match[1]; }
          }

          function sortKey(row, index, numeric) {
            var cell = row.cells[index];
            var value = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
            return numeric ? parseFloat(value) : value.toLowerCase();
          }

          var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);

          function sortBy(index, direction) {
            var head = heads[index];
            var numeric = head.getAttribute('data-type') === 'number';
            heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
            head.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
            var order = rows.map(function (row, i) { return { row: row, text: texts[i], key: sortKey(row, index, numeric), i: i }; });
            order.sort(function (a, b) {
              var c = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
              return c * direction || a.i - b.i;
            });
            var fragment = document.createDocumentFragment();
            order.forEach(function (o) { fragment.appendChild(o.row); });
            body.appendChild(fragment);
            rows = order.map(function (o) { return o.row; });
            texts = order.map(function (o) { return o.text; });
          }

          function sortFromHash() {
            var sort = hashParam('sort');
            if (sort === null) { return; }
            var direction = sort.charAt(0) === '-' ? -1 : 1;
            var key = sort.replace(/^[-+]/, '');
            heads.forEach(function (head, index) {
              if (head.getAttribute('data-key') === key) { sortBy(index, direction); }
            });
          }

          heads.forEach(function (head, index) {
            var button = head.querySelector('button');
            if (!button) { return; }
            button.addEventListener('click', function () {
              sortBy(index, head.getAttribute('aria-sort') === 'ascending' ? -1 : 1);
            });
          });

          function fromHash() {
            var q = hashParam('q');
            if (q !== null) { input.value = q; }
            sortFromHash();
            applyFilter();
          }

          input.addEventListener('input', applyFilter);
          window.addEventListener('hashchange', fromHash);
          fromHash();
          document.body.setAttribute('data-charts', String(document.querySelectorAll('svg.chart').length));
          document.body.setAttribute('data-rendered', 'true');
        }());
        """;
}
