/* Quick exit, after GOV.UK's "Exit this page": the page is blanked at once, then the neutral
   site replaces it in this tab (location.replace: Back does not return to this page; earlier
   pages stay in the history, as the "Leaving quickly" page says). Pressing Shift three times
   within 5 seconds does the same. No referrer is sent: the neutral site does not learn where
   the visitor came from. Without JavaScript the control is an ordinary link (rel=noreferrer). */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var target = link.getAttribute("href");
  var WINDOW_MS = 5000;

  function leave(event) {
    if (event) event.preventDefault();
    var policy = document.createElement("meta");
    policy.name = "referrer";
    policy.content = "no-referrer";
    document.head.appendChild(policy);
    document.documentElement.style.visibility = "hidden";
    window.location.replace(target);
  }

  link.addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
