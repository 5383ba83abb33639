/* bontot: the frames (.table-wrap) a wide table scrolls in sideways, on a phone or at 200 % zoom.
   The page makes every frame a Tab stop (tabindex="0", role="region" and its name), so that a
   keyboard can scroll it even without script. This script keeps a frame so only while its table
   is wider than it: a frame that fits is a plain block again, and a keyboard user does not tab
   through stops that scroll nothing, nor a screen reader list them among the page's regions. It
   looks again when the window changes size (zoom, a narrower window), when a box is ticked (the
   ranking's box that brings back the criteria's columns) and when a frame or its table changes
   size for any other reason (fonts loaded late). */
(function () {
  "use strict";
  var frames = Array.prototype.slice.call(document.querySelectorAll(".table-wrap[tabindex]"));
  if (!frames.length) return;
  frames.forEach(function (frame) {
    frame.setAttribute("data-label", frame.getAttribute("aria-label") || "");
  });

  function update(frame) {
    var scrolls = frame.scrollWidth > frame.clientWidth + 1;
    if (scrolls === frame.hasAttribute("tabindex")) return;
    if (scrolls) {
      frame.setAttribute("tabindex", "0");
      frame.setAttribute("role", "region");
      frame.setAttribute("aria-label", frame.getAttribute("data-label"));
    } else {
      frame.removeAttribute("tabindex");
      frame.removeAttribute("role");
      frame.removeAttribute("aria-label");
    }
  }
  function updateAll() { frames.forEach(update); }

  updateAll();
  window.addEventListener("resize", updateAll);
  document.addEventListener("change", updateAll);
  if (typeof ResizeObserver === "function") {
    var observer = new ResizeObserver(updateAll);
    frames.forEach(function (frame) {
      observer.observe(frame);
      if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    });
  }
})();
