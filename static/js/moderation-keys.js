// The moderator's keys. On a comment's page: a approves, r rejects for the chosen guideline (or
// opens the guideline list when none is chosen), j and k go to the next and previous pending
// comment in the queue's order. On the queue page: j opens its first comment. Keys typed into a
// field, or with Ctrl, Alt or Cmd, are left alone.
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName));
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || typing(event.target)) {
      return;
    }
    var start = document.querySelector("[data-review-start]");
    if (start && event.key === "j") {
      event.preventDefault();
      window.location.assign(start.href);
      return;
    }
    var panel = document.querySelector("[data-moderation-keys]");
    if (!panel) {
      return;
    }
    var go = function (url) { if (url) { window.location.assign(url); } };
    if (event.key === "a") {
      var approve = panel.querySelector("form[data-decide='approve']");
      if (approve) { event.preventDefault(); approve.submit(); }
    } else if (event.key === "r") {
      var reject = panel.querySelector("form[data-decide='reject']");
      if (!reject) { return; }
      event.preventDefault();
      var reason = reject.querySelector("select[name='reason']");
      if (reason.value) { reject.submit(); } else { reason.focus(); }
    } else if (event.key === "j") {
      go(panel.getAttribute("data-next-url"));
    } else if (event.key === "k") {
      go(panel.getAttribute("data-previous-url"));
    }
  });
})();
