// Sourced's only script of its own (CSP: script-src 'self', no inline code). Everything works
// without it; with it:
// - after htmx swaps the question panel, focus moves to the panel's heading (the feedback or the
//   next question) and the tab title follows it (the panel's data-title);
// - a countdown (.clock[data-deadline]) ticks every second and names the deadline in the student's
//   own time zone; at zero the page is reloaded, and the server shows "time is up".
(function () {
  "use strict";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function tick(clock) {
    var deadline = parseInt(clock.getAttribute("data-deadline"), 10);
    var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
    var out = clock.querySelector(".clock-left");
    if (out) { out.textContent = Math.floor(left / 60) + " min " + pad(left % 60) + " s"; }
    clock.classList.toggle("low", left < 60);
    if (left === 0 && !clock.getAttribute("data-done")) {
      clock.setAttribute("data-done", "1");
      window.location.href = clock.getAttribute("data-expired") || window.location.href;
    }
  }

  function startClocks(root) {
    var clocks = (root || document).querySelectorAll(".clock[data-deadline]");
    Array.prototype.forEach.call(clocks, function (clock) {
      if (clock.getAttribute("data-live")) { return; }
      clock.setAttribute("data-live", "1");
      var ends = clock.querySelector(".clock-ends");
      var deadline = new Date(parseInt(clock.getAttribute("data-deadline"), 10));
      if (ends) {
        ends.textContent = deadline.toLocaleString([], { weekday: "short", hour: "2-digit", minute: "2-digit" }) +
          " (your time)";
      }
      tick(clock);
      var timer = window.setInterval(function () {
        if (!document.body.contains(clock)) { window.clearInterval(timer); return; }
        tick(clock);
      }, 1000);
    });
  }

  // "Question 2 of 5 · Sourced" for a question, "Question 2 of 5: Partly right · Sourced" after an answer
  function titleOf(panel, heading) {
    var progress = panel.querySelector(".progress");
    var site = document.title.split(" · ").pop();
    var parts = [];
    if (progress) { parts.push(progress.textContent.trim()); }
    if (heading && panel.querySelector(".verdict")) { parts.push(heading.textContent.trim()); }
    return parts.length ? parts.join(": ") + " · " + site : document.title;
  }

  function settle(panel) {
    var heading = panel.querySelector("h1");
    document.title = titleOf(panel, heading);
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
    startClocks(panel);
  }

  document.addEventListener("DOMContentLoaded", function () { startClocks(document); });
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.target && event.target.id === "quiz-panel") { settle(event.target); }
  });
}());
