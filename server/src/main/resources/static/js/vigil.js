// Remember the viewer's time zone so the server can show times in local time with offset (R26).
document.cookie = "tz=" + encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone) + "; path=/; SameSite=Lax";

// Live countdowns: every element with data-due shows the time left, ticking each second (R26: the due
// instant is UTC; the remaining time does not depend on the viewer's zone).
function vigilTick() {
  document.querySelectorAll("[data-due]").forEach(function (el) {
    var left = Math.round((Date.parse(el.getAttribute("data-due")) - Date.now()) / 1000);
    var sign = left < 0 ? "-" : "";
    var abs = Math.abs(left);
    var text = sign + Math.floor(abs / 60) + ":" + String(abs % 60).padStart(2, "0");
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
