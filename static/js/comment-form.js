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
  // The words come from the page, in the reader's language; the numbers are filled in here.
  var countText = box.getAttribute("data-count-text") || "{count} of {limit} characters";
  var overText = box.getAttribute("data-over-text") || "{over} characters over the limit of {limit}: please shorten your comment.";
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? number.format(values[name]) : whole; });
  }

  function update() {
    var length = Array.from(box.value.replace(/\r\n/g, "\n")).length;  // characters, as the server counts them
    var over = length - limit;
    if (over > 0) {
      counter.textContent = fill(overText, {over: over, limit: limit});
      counter.classList.add("text-danger", "fw-semibold");
      box.setAttribute("aria-invalid", "true");
    } else {
      counter.textContent = fill(countText, {count: length, limit: limit});
      counter.classList.remove("text-danger", "fw-semibold");
      if (!box.closest(".is-invalid") && !box.classList.contains("is-invalid")) { box.removeAttribute("aria-invalid"); }
    }
  }
  box.addEventListener("input", update);
  update();
})();
