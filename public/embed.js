/*
 * Territorial claims map: host-page snippet for embeds.
 *
 *   <iframe src=".../?date=2025-07-01&lang=en&embed=1" title="..." loading="lazy"
 *           width="100%" height="820" style="width:100%;border:0" data-territorial-map></iframe>
 *   <script src=".../embed.js" async></script>
 *
 * Sets the height of every iframe[data-territorial-map] from the messages its page posts
 * ({ type: "territorial-map:height", height }), so the embed needs no scrollbar. A message is
 * accepted only from the contentWindow of that very iframe. Plain ES5; no globals but one flag.
 */
(function () {
  'use strict';
  if (window.__territorialMapEmbed) return;
  window.__territorialMapEmbed = true;

  var TYPE = 'territorial-map:height';
  var REQUEST = 'territorial-map:request-height';
  var SELECTOR = 'iframe[data-territorial-map]';
  var MAX = 20000;

  function frames() {
    return document.querySelectorAll(SELECTOR);
  }

  function ask(frame) {
    try {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST }, '*');
    } catch (e) {
      /* not loaded yet: its page reports on its own when ready */
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = Number(data.height);
    if (!(height > 0 && height <= MAX)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow && frame.contentWindow === event.source) {
        var px = Math.ceil(height) + 'px';
        if (frame.style.height !== px) frame.style.height = px;
        return;
      }
    }
  });

  // Ask each frame once it loads, in case its first report came before this script ran.
  function hook(frame) {
    if (frame.__territorialMapHooked) return;
    frame.__territorialMapHooked = true;
    frame.addEventListener('load', function () {
      ask(frame);
    });
    ask(frame);
  }

  function hookAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) hook(list[i]);
  }

  hookAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', hookAll);
})();
