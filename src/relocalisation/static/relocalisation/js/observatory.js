// Observatory pages: selects marked .rl-autosubmit submit their form on change (measure, level,
// sort, grouping), so the « Afficher » buttons are only needed without JavaScript.
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }
  ready(function () {
    document.documentElement.classList.add("rl-js");
    document.querySelectorAll("select.rl-autosubmit").forEach(function (select) {
      select.addEventListener("change", function () { if (select.form) { select.form.submit(); } });
    });
    // Keyboard users get the same highlight as mouse users on the map.
    document.querySelectorAll("#carte .rl-map__area").forEach(function (area) {
      area.addEventListener("focus", function () { area.classList.add("rl-map__area--active"); });
      area.addEventListener("blur", function () { area.classList.remove("rl-map__area--active"); });
    });
  });
})();
