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

// Live updates (issue 12): the server pushes each committed change that concerns the reader's organisation;
// the change is announced in the live region as one sentence with its local time, and the page refreshes what
// it shows of it in place: an order page its own order, the start page and the order lists any order. A page
// whose form the reader is filling in is not replaced; the announcement offers to show the changes instead.
(function () {
  var dirty = false;
  document.addEventListener("input", function (e) {
    if (e.target.closest && e.target.closest("main form:not(.filters)")) { dirty = true; }
  });
  function concerns(change) {
    var path = location.pathname;
    var order = path.match(/^\/orders\/([0-9a-f-]{36})/);
    if (order) { return change.subjectId === order[1]; }
    if (path === "/" || path === "/orders") { return change.subjectType === "removal_order"; }
    if (path === "/inbox") { return ["removal_order", "referral", "notice"].indexOf(change.subjectType) >= 0; }
    if (/^\/situation(\/|$)/.test(path)) { return ["removal_order", "referral", "notice"].indexOf(change.subjectType) >= 0; }
    var referral = path.match(/^\/referrals\/([0-9a-f-]{36})/);
    if (referral) { return change.subjectId === referral[1]; }
    if (path === "/referrals") { return change.subjectType === "referral"; }
    if (/^\/referrals\/action-days\/[0-9a-f-]{36}$/.test(path)) { return change.subjectType === "referral"; }
    var drill = path.match(/^\/crises\/drills\/([0-9a-f-]{36})/);
    if (drill) { return change.subjectId === drill[1]; }
    var crisis = path.match(/^\/crises\/([0-9a-f-]{36})/);
    // A crisis board also follows the orders it lists (issue 13: their clocks and states).
    if (crisis) {
      return change.subjectId === crisis[1] || (change.subjectType === "removal_order"
        && !!document.querySelector("[data-order-id='" + change.subjectId + "']"));
    }
    if (path === "/crises") { return change.subjectType === "crisis_case" || change.subjectType === "crisis_drill"; }
    return false;
  }
  // Once the reader submits a form the page is on its way out: a live refresh now would only race the post-redirect-get
  // and could take the confirmation of the reader's own action, which the next page must show.
  var leaving = false;
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.hasAttribute("hx-post") || form.hasAttribute("hx-get") || form.hasAttribute("hx-put")) { return; }
    leaving = true;
    // a form that answers with a download, or a browser that stays, must not stop the live page for good
    setTimeout(function () { leaving = false; }, 5000);
  }, true);
  window.addEventListener("pagehide", function () { leaving = true; });
  function refresh() {
    if (leaving) { return Promise.resolve(); }
    return fetch(location.href, {headers: {"Accept": "text/html"}, credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("main");
        var main = document.getElementById("main");
        if (fresh && main) {
          // The confirmation of the reader's own last action stays when the page refreshes for the other side's.
          var kept = document.getElementById("confirmation");
          main.innerHTML = fresh.innerHTML;
          if (kept && !document.getElementById("confirmation")) { main.insertBefore(kept, main.firstChild); }
          if (window.htmx) { htmx.process(main); }
          vigilTick();
          document.dispatchEvent(new CustomEvent("vigil:refreshed"));
        }
      });
  }
  function announce(region, change, offerReload) {
    var item = document.createElement("p");
    item.className = "live-change";
    item.setAttribute("data-type", change.type);
    var text = document.createElement("span");
    text.textContent = change.sentence;
    item.appendChild(text);
    if (offerReload) {
      var reload = document.createElement("button");
      reload.type = "button";
      reload.textContent = region.getAttribute("data-reload-label");
      reload.addEventListener("click", function () { location.reload(); });
      item.appendChild(reload);
    }
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "secondary";
    dismiss.textContent = region.getAttribute("data-dismiss-label");
    dismiss.addEventListener("click", function () { item.remove(); });
    item.appendChild(dismiss);
    region.appendChild(item);
    while (region.children.length > 4) { region.removeChild(region.firstChild); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var region = document.getElementById("live-updates");
    if (!region || !window.EventSource) { return; }
    var source = new EventSource(region.getAttribute("data-live"));
    source.addEventListener("change", function (event) {
      var change = JSON.parse(event.data);
      var mine = concerns(change);
      var editing = dirty || (document.activeElement && document.activeElement.closest
        && document.activeElement.closest("main form:not(.filters)") && document.activeElement.matches("input, textarea, select"));
      announce(region, change, mine && editing);
      if (mine && !editing) { refresh(); }
    });
    // Changes were missed (the page did not keep up): refresh what the page shows unless a form is being filled.
    source.addEventListener("resync", function () {
      if (!dirty && /^\/((orders|crises)(\/.*)?)?$/.test(location.pathname)) { refresh(); }
    });
  });
})();
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
document.addEventListener("vigil:refreshed", vigilScrollables);
window.addEventListener("resize", vigilScrollables);
