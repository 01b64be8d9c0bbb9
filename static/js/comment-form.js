// The comment box counts characters as the reader types, and says plainly when the comment is too
// long, instead of the browser cutting a long paste short without a word. Without JavaScript the
// server says the same when the comment is posted, and hands the text back.
(function () {
  "use strict";
  var box = document.querySelector("textarea[data-limit]");
  if (!box) { return; }
  var limit = parseInt(box.getAttribute("data-limit"), 10);
  var counter = document.createElement("p");
  counter.id = box.id + "-counter";
  counter.className = "comment-counter small mb-0";
  counter.setAttribute("aria-live", "polite");
  box.insertAdjacentElement("afterend", counter);
  box.setAttribute("aria-describedby", ((box.getAttribute("aria-describedby") || "") + " " + counter.id).trim());
  var number = new Intl.NumberFormat(document.documentElement.lang || undefined);

  function update() {
    var length = Array.from(box.value.replace(/\r\n/g, "\n")).length;  // characters, as the server counts them
    var over = length - limit;
    if (over > 0) {
      counter.textContent = number.format(over) + " characters over the limit of " + number.format(limit) +
        ": please shorten your comment.";
      counter.classList.add("text-danger", "fw-semibold");
      box.setAttribute("aria-invalid", "true");
    } else {
      counter.textContent = number.format(length) + " of " + number.format(limit) + " characters";
      counter.classList.remove("text-danger", "fw-semibold");
      if (!box.closest(".is-invalid") && !box.classList.contains("is-invalid")) { box.removeAttribute("aria-invalid"); }
    }
  }
  box.addEventListener("input", update);
  update();
})();
