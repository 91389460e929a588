// Strengthen the highlight of the quote the address points at (#fact-id), on load and on every jump.
// Plain script, no dependencies; the page reads fine without it.
(function () {
  function show() {
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    document.querySelectorAll("mark.q").forEach(function (m) {
      if ((m.getAttribute("data-f") || "").split(" ").indexOf(id) >= 0) m.classList.add("current");
    });
  }
  window.addEventListener("hashchange", show);
  show();
})();
