// Press review queue: focusing a proposal outlines its evidence in the text (no inline script: CSP).
document.addEventListener("focusin", function (event) {
  var card = event.target.closest("[data-laureate]");
  document.querySelectorAll(".press-mark.is-active").forEach(function (m) { m.classList.remove("is-active"); });
  if (!card) { return; }
  var marks = document.querySelectorAll('.press-mark[data-laureate="' + card.getAttribute("data-laureate") + '"]');
  marks.forEach(function (m) { m.classList.add("is-active"); });
  if (marks.length && event.target.matches("input[name$='organisation_name']")) {
    marks[0].scrollIntoView({ block: "nearest" });
  }
});
