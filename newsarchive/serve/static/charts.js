/* newsarchive: draws the charts of a page with Vega-Lite (vega, vega-lite and vega-embed
   come from the installed datasette-dashboards package; nothing is loaded from the web).
   Each <div class="na-chart" data-spec="ID"> gets the spec in <script type="application/json" id="ID">. */
(function () {
  "use strict";
  var GERMAN_NUMBERS = {decimal: ",", thousands: ".", grouping: [3], currency: ["", " €"]};
  var GERMAN_TIME = {
    dateTime: "%A, der %e. %B %Y, %X", date: "%d.%m.%Y", time: "%H:%M:%S",
    periods: ["AM", "PM"],
    days: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    shortDays: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
    months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"],
    shortMonths: ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt",
                  "Nov", "Dez"]
  };
  var LABELS = {
    SVG_ACTION: "Als SVG speichern", PNG_ACTION: "Als PNG speichern",
    CLICK_TO_VIEW_ACTIONS: "Diagramm herunterladen", COMPILED_ACTION: "Vega-Quelltext",
    EDITOR_ACTION: "Im Vega-Editor öffnen", SOURCE_ACTION: "Quelltext"
  };

  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-spec"));
    if (!source) { return; }
    var spec = JSON.parse(source.textContent);
    var options = {
      actions: {export: {svg: true, png: true}, source: false, compiled: false, editor: false},
      ast: true,  /* Vega's expression interpreter: no eval, works under a strict CSP */
      i18n: LABELS, formatLocale: GERMAN_NUMBERS, timeFormatLocale: GERMAN_TIME,
      downloadFileName: element.id, renderer: "svg", scaleFactor: 2
    };
    window.vegaEmbed(element, spec, options).then(function () {
      element.classList.add("na-chart-ready");
    }).catch(function (error) {
      element.textContent = "Das Diagramm konnte nicht gezeichnet werden; die Zahlen stehen in der Tabelle darunter.";
      element.classList.add("na-chart-failed");
      if (window.console) { window.console.warn(error); }
    });
  }

  function start() {
    if (!window.vegaEmbed) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".na-chart[data-spec]"), draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
