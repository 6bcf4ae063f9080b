// Project scripts. No inline script anywhere (Content-Security-Policy): behaviour lives in static files.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name=csrf-token]");
  if (token) { event.detail.headers["X-CSRFToken"] = token.content; }
});
