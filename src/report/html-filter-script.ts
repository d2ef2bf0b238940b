// The HTML report's only script, inlined: filters the findings by severity, theme, status and
// text, and shows how many are visible. It reads nothing and fetches nothing.

export const HTML_FILTER_SCRIPT = `
(function () {
  'use strict';
  var findings = Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var texts = findings.map(function (el) { return (el.textContent || '').toLowerCase(); });
  var severity = document.getElementById('filter-severity');
  var theme = document.getElementById('filter-theme');
  var status = document.getElementById('filter-status');
  var text = document.getElementById('filter-text');
  var count = document.getElementById('visible-count');
  var none = document.getElementById('no-match');
  function apply() {
    var s = severity.value, t = theme.value, st = status.value, q = text.value.trim().toLowerCase();
    var shown = 0;
    for (var i = 0; i < findings.length; i++) {
      var d = findings[i].dataset;
      var visible = (!s || d.severity === s) && (!t || d.theme === t) && (!st || d.status === st) && (!q || texts[i].indexOf(q) !== -1);
      findings[i].hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = String(shown);
    none.hidden = shown !== 0 || findings.length === 0;
  }
  severity.addEventListener('change', apply);
  theme.addEventListener('change', apply);
  status.addEventListener('change', apply);
  text.addEventListener('input', apply);
  apply();
})();
`;
