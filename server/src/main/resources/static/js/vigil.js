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

// Phone widths (issue 12): the Menu button shows and hides the navigation (the CSS collapses it only once the
// button is shown, so without JavaScript the navigation stays open); Escape closes it and returns to the button.
document.addEventListener("DOMContentLoaded", function () {
  var toggle = document.getElementById("menu-toggle");
  if (!toggle) return;
  toggle.hidden = false;
  toggle.addEventListener("click", function () {
    toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  });
});

// A table wider than the screen scrolls inside its .table-wrap: that region takes the keyboard focus (so the
// arrow keys scroll it) and is named after the table's caption or the heading before it (issue 12).
function vigilScrollables() {
  document.querySelectorAll(".table-wrap").forEach(function (wrap) {
    if (wrap.scrollWidth > wrap.clientWidth) {
      if (wrap.getAttribute("tabindex") !== "0") {
        wrap.setAttribute("tabindex", "0");
        var caption = wrap.querySelector("caption");
        var heading = wrap.previousElementSibling;
        while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
        var name = caption ? caption.textContent : heading ? heading.textContent : "";
        if (name.trim()) {
          wrap.setAttribute("role", "region");
          wrap.setAttribute("aria-label", name.trim());
        }
      }
    } else if (wrap.getAttribute("tabindex") === "0") {
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("role");
      wrap.removeAttribute("aria-label");
    }
  });
}
document.addEventListener("DOMContentLoaded", vigilScrollables);
document.addEventListener("htmx:afterSwap", vigilScrollables);
window.addEventListener("resize", vigilScrollables);
