/**
 * The page's only script: filters the problem table, opens and closes the recurring
 * groups, and opens every group before printing so that the paper shows them. It reads
 * the data from the page itself, so no data is ever written inside the script.
 */
export const REPORT_SCRIPT = `(function () {
  'use strict';
  var table = document.getElementById('problem-table');
  if (table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var search = document.getElementById('problem-search');
    var category = document.getElementById('problem-category');
    var level = document.getElementById('problem-level');
    var leaf = document.getElementById('problem-leaf');
    var count = document.getElementById('problem-count');
    var apply = function () {
      var words = search.value.toLowerCase().split(/\\s+/).filter(function (word) { return word !== ''; });
      var shown = 0;
      rows.forEach(function (row, index) {
        var visible = words.every(function (word) { return texts[index].indexOf(word) !== -1; }) &&
          (category.value === '' || row.getAttribute('data-category') === category.value) &&
          (!level || level.value === '' || row.getAttribute('data-level') === level.value) &&
          (!leaf.checked || row.getAttribute('data-leaf') === 'yes');
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      count.textContent = '显示 ' + shown.toLocaleString('en-US') + ' / ' + rows.length.toLocaleString('en-US') + ' 条';
    };
    [search, category, level, leaf].forEach(function (control) {
      if (!control) return;
      control.addEventListener('input', apply);
      control.addEventListener('change', apply);
    });
    apply();
  }
  var setGroups = function (open) {
    document.querySelectorAll('details.recurring-group').forEach(function (group) { group.open = open; });
  };
  document.querySelectorAll('[data-expand]').forEach(function (button) {
    button.addEventListener('click', function () { setGroups(true); });
  });
  document.querySelectorAll('[data-collapse]').forEach(function (button) {
    button.addEventListener('click', function () { setGroups(false); });
  });
  window.addEventListener('beforeprint', function () { setGroups(true); });
})();`;
