// Remember the viewer's time zone so the server can show times in local time with offset (R26).
document.cookie = "tz=" + encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone) + "; path=/; SameSite=Lax";

// Live countdowns: every element with data-due shows the time left, ticking each second (R26: the due
// instant is UTC; the remaining time does not depend on the viewer's zone). Time is the installation's:
// the page carries the server's time at rendering and its clock rate, so an accelerated or test clock and
// a browser whose own clock is wrong still count down correctly.
var vigilLoadedAt = Date.now();
function vigilNow() {
  var body = document.body;
  var at = body && Date.parse(body.getAttribute("data-server-now") || "");
  if (!at) {
    return Date.now();
  }
  var rate = parseFloat(body.getAttribute("data-clock-rate") || "1") || 1;
  return at + (Date.now() - vigilLoadedAt) * rate;
}
function vigilDuration(seconds) {
  var abs = Math.abs(seconds);
  var d = Math.floor(abs / 86400), h = Math.floor(abs % 86400 / 3600), m = Math.floor(abs % 3600 / 60), s = abs % 60;
  var text = d > 0 ? d + " d " + String(h).padStart(2, "0") + " h"
    : h > 0 ? h + ":" + String(m).padStart(2, "0") + ":" + String(s).padStart(2, "0")
    : m + ":" + String(s).padStart(2, "0");
  return (seconds < 0 ? "-" : "") + text;
}
function vigilTick() {
  var now = vigilNow();
  document.querySelectorAll("[data-due]").forEach(function (el) {
    var text = vigilDuration(Math.round((Date.parse(el.getAttribute("data-due")) - now) / 1000));
    el.textContent = text;
    el.setAttribute("aria-label", text);
  });
}
setInterval(vigilTick, 1000);
document.addEventListener("DOMContentLoaded", vigilTick);
document.addEventListener("htmx:afterSwap", vigilTick);

// A refused form shows its error summary first: move the focus there so screen readers and keyboard users
// start at the list of what to correct (issue 12); each entry links to its field.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary[data-focus]");
  if (summary) {
    summary.focus();
    summary.querySelectorAll("a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var field = document.getElementById(link.getAttribute("href").substring(1));
        if (field) {
          event.preventDefault();
          field.focus();
          field.scrollIntoView({block: "center"});
        }
      });
    });
  }
});

// Filter panels marked data-open-wide stay open on wide screens and start folded on phones, so the list
// itself comes first where space is short (issue 12).
document.addEventListener("DOMContentLoaded", function () {
  if (window.matchMedia("(min-width: 641px)").matches) {
    document.querySelectorAll("details[data-open-wide]").forEach(function (d) { d.open = true; });
  }
});
