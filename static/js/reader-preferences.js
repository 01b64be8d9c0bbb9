// The reader's preferences, applied before the page is drawn (so nothing flashes):
// - colours follow the system's light or dark setting (Bootstrap's data-bs-theme), and change with it;
// - the text size the reader chose with the A- / A+ buttons, remembered across pages (localStorage).
(function () {
  "use strict";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function applyTheme() { root.setAttribute("data-bs-theme", dark && dark.matches ? "dark" : "light"); }
  applyTheme();
  if (dark && dark.addEventListener) { dark.addEventListener("change", applyTheme); }

  var KEY = "newsroom-text-size", SMALLEST = -1, LARGEST = 3;
  function stored() {
    try { return parseInt(window.localStorage.getItem(KEY), 10) || 0; } catch (e) { return 0; }
  }
  function applySize(size) {
    size = Math.max(SMALLEST, Math.min(LARGEST, size));
    if (size) { root.setAttribute("data-text-size", String(size)); } else { root.removeAttribute("data-text-size"); }
    try { window.localStorage.setItem(KEY, String(size)); } catch (e) { /* private mode: this page only */ }
    return size;
  }
  var size = stored();
  if (size) { applySize(size); }

  document.addEventListener("DOMContentLoaded", function () {
    var controls = document.querySelector("[data-text-size-controls]");
    if (!controls) { return; }
    controls.hidden = false;  // the buttons need this script: without it they are never shown
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-step]");
      if (button) { size = applySize(size + parseInt(button.getAttribute("data-step"), 10)); }
    });
  });
})();
