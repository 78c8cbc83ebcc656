// Remember the viewer's time zone so the server can show times in local time with offset (R26).
document.cookie = "tz=" + encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone) + "; path=/; SameSite=Lax";
