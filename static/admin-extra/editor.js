/* Editors' admin helpers (loaded as a static file: no inline scripts).
 * 1. Scroll the article text so that the highlighted quote is in view.
 * 2. On "add", selecting text in the article fills the quote and its start offset.
 * 3. An article's date typed or picked while its precision is 未知 makes the precision 日
 *    (the form refused the date until a precision was chosen; 月 or 年 can still be).
 * 4. On the links' own 增加 page, choosing one side makes the other side's search mark the
 *    items already linked to it (?linked_to=, which an item's page renders in its link rows'
 *    search URL; the server renders it here too when the page comes with a side chosen). */
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".quote-context").forEach(function (box) {
    var mark = box.querySelector("mark");
    if (mark) {
      box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
    }
  });

  document.querySelectorAll(".quote-picker").forEach(function (box) {
    var quoteField = document.getElementById(box.dataset.quoteField);
    var startField = document.getElementById(box.dataset.startField);
    if (!quoteField || !startField) {
      return;
    }
    box.addEventListener("mouseup", function () {
      var selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
        return;
      }
      var range = selection.getRangeAt(0);
      if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) {
        return;
      }
      // The offset is the length of the text from the box's start to the selection's start.
      var before = document.createRange();
      before.setStart(box, 0);
      before.setEnd(range.startContainer, range.startOffset);
      quoteField.value = range.toString();
      startField.value = before.toString().length;
    });
  });

  var jQuery = window.django && window.django.jQuery;
  var sides = [document.getElementById("id_commitment"), document.getElementById("id_evidence")];
  var searches = sides.every(function (box) { return box && box.hasAttribute("data-ajax--url"); });
  if (jQuery && searches) {
    sides.forEach(function (side, i) {
      var other = sides[1 - i];
      jQuery(side).on("change", function () {  // select2 signals through jQuery only
        var url = other.getAttribute("data-ajax--url").split("?")[0];
        if (side.value) {
          url += "?linked_to=" + encodeURIComponent(side.value);
        }
        other.setAttribute("data-ajax--url", url);
        var box = jQuery(other);
        if (box.hasClass("select2-hidden-accessible")) {
          // select2 reads its URL once, when it starts: start it again with the new one
          // (jQuery's cached copy of the attribute dropped too).
          box.select2("destroy");
          box.removeData();
          box.djangoAdminSelect2();
        }
      });
    });
  }

  var dateField = document.querySelector("input[name=published_on]");
  var precisionField = document.querySelector("select[name=date_precision]");
  if (dateField && precisionField) {
    var dayIfUnknown = function () {
      if (dateField.value.trim() && precisionField.value === "unknown") {
        precisionField.value = "day";
      }
    };
    // The calendar and 今天 set the value without an input event, then focus the field.
    ["input", "change", "focus", "blur"].forEach(function (name) {
      dateField.addEventListener(name, dayIfUnknown);
    });
  }
});
